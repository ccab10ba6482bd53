package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"time"
)

// maxDownstreamBody is how much of a downstream reply is read (and
// discarded) so the connection can go back to the pool.
const maxDownstreamBody = 64 << 10

// downstream is the optional service /parse calls while it still holds the
// decoded map (DOWNSTREAM_URL): a slow downstream keeps requests, and their
// maps, in flight.
type downstream struct {
	url    string
	shown  string // url with any password redacted, for error messages
	client *http.Client
}

// newDownstream returns nil when url is empty: no downstream call.
func newDownstream(rawURL string, timeout time.Duration) *downstream {
	if rawURL == "" {
		return nil
	}
	shown := rawURL
	if u, err := url.Parse(rawURL); err == nil {
		shown = u.Redacted()
	}
	tr := &http.Transport{
		Proxy: nil, // straight to url, whatever HTTP_PROXY says
		DialContext: (&net.Dialer{
			Timeout:   timeout,
			KeepAlive: 30 * time.Second,
		}).DialContext,
		// Keep-alive pool sized for a load test: the default of 2 idle
		// connections per host would open and close connections under load.
		MaxIdleConns:          1024,
		MaxIdleConnsPerHost:   1024,
		IdleConnTimeout:       90 * time.Second,
		ResponseHeaderTimeout: timeout,
	}
	return &downstream{url: rawURL, shown: shown, client: &http.Client{Transport: tr, Timeout: timeout}}
}

// call GETs the downstream URL and fails on a transport error or a non-2xx
// status. The body is drained (up to a cap) so the connection is reused.
func (d *downstream) call(ctx context.Context) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, d.url, nil)
	if err != nil {
		return fmt.Errorf("downstream: %v", err)
	}
	resp, err := d.client.Do(req)
	if err != nil {
		return fmt.Errorf("downstream: %v", err)
	}
	defer resp.Body.Close()
	io.Copy(io.Discard, io.LimitReader(resp.Body, maxDownstreamBody))
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return fmt.Errorf("downstream: GET %s: %s", d.shown, resp.Status)
	}
	return nil
}
