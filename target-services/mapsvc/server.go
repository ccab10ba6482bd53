package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/pprof"
	"runtime"
	"runtime/debug"
	"strconv"
	"time"
)

const shutdownTimeout = 5 * time.Second

// newMux wires every endpoint onto one mux. Handlers are wrapped with the
// request metrics; a new endpoint is one more handle call here. The
// long-lived state of the workloads (the /kv store, the /churn map) is made
// here, once per process, and its size exported as a gauge.
func newMux(cfg config, m *metrics) (*http.ServeMux, error) {
	kv, err := newStore(cfg.Store, cfg.Shards)
	if err != nil {
		return nil, err
	}
	churn := newChurnMap(cfg.ChurnMap)
	m.gaugeFunc("mapsvc_kv_len", "Keys in the /kv store.", kv.Len)
	m.gaugeFunc("mapsvc_churn_map_len", "Keys in the /churn map (its memory is not released when this drops).", churn.Len)

	mux := http.NewServeMux()
	handle := func(pattern, name string, h http.Handler) {
		mux.Handle(pattern, m.instrument(name, h))
	}

	handle("/parse", "parse", newParseHandler(cfg.MapSizing, cfg.MaxBodyBytes, newDownstream(cfg.DownstreamURL, cfg.DownstreamTimeout)))
	handle("/kv/ops", "kv", newKVHandler(kv))
	handle("/churn", "churn", newChurnHandler(churn))
	handle("/append", "append", newAppendHandler(cfg.Append))
	handle("/healthz", "healthz", http.HandlerFunc(healthz))
	handle("/metrics", "metrics", m.handler())

	// pprof, registered explicitly: this mux is not http.DefaultServeMux.
	handle("/debug/pprof/", "pprof", http.HandlerFunc(pprof.Index))
	handle("/debug/pprof/cmdline", "pprof", http.HandlerFunc(pprof.Cmdline))
	handle("/debug/pprof/profile", "pprof", http.HandlerFunc(pprof.Profile))
	handle("/debug/pprof/symbol", "pprof", http.HandlerFunc(pprof.Symbol))
	handle("/debug/pprof/trace", "pprof", http.HandlerFunc(pprof.Trace))
	// What `go version -m` would print about this binary: Go release, modules, build settings.
	handle("/debug/buildinfo", "buildinfo", newBuildInfoHandler(debug.ReadBuildInfo))

	return mux, nil
}

func healthz(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		methodNotAllowed(w, "GET, HEAD")
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	io.WriteString(w, "ok")
}

// methodNotAllowed answers 405 with the Allow header and a one-line reason.
func methodNotAllowed(w http.ResponseWriter, allow string) {
	w.Header().Set("Allow", allow)
	http.Error(w, "method not allowed, use "+allow, http.StatusMethodNotAllowed)
}

// serve listens on cfg.Port, prints the startup line to stdout and serves
// until ctx is cancelled, then shuts down gracefully.
func serve(ctx context.Context, cfg config, stdout io.Writer) error {
	m := newMetrics(cfg)
	mux, err := newMux(cfg, m)
	if err != nil {
		return err
	}
	srv := &http.Server{
		Handler:           mux,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second, // pprof profile defaults to 30s
		IdleTimeout:       60 * time.Second,
	}

	ln, err := net.Listen("tcp", ":"+strconv.Itoa(cfg.Port))
	if err != nil {
		return err
	}
	port := ln.Addr().(*net.TCPAddr).Port
	fmt.Fprintf(stdout, "mapsvc listening on :%d %s go=%s\n", port, cfg.switches(), runtime.Version())

	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()

	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}

	sctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
