package main

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func doParseDS(t *testing.T, ds *downstream, body string) *httptest.ResponseRecorder {
	t.Helper()
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodPost, "/parse", strings.NewReader(body))
	newParseHandler(sizingUnsized, defaultMaxBodyBytes, ds).ServeHTTP(rec, req)
	return rec
}

func TestNewDownstreamNone(t *testing.T) {
	if newDownstream("", time.Second) != nil {
		t.Fatal("empty URL: want no downstream")
	}
}

func TestParseCallsDownstreamWhileHoldingMap(t *testing.T) {
	var calls, conns atomic.Int32
	release := make(chan struct{})
	up := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		if r.Method != http.MethodGet || r.URL.Path != "/healthz" {
			t.Errorf("downstream got %s %s", r.Method, r.URL.Path)
		}
		<-release
		w.Write([]byte("ok"))
	}))
	up.Config.ConnState = func(_ net.Conn, s http.ConnState) {
		if s == http.StateNew {
			conns.Add(1)
		}
	}
	up.Start()
	defer up.Close()
	ds := newDownstream(up.URL+"/healthz", 5*time.Second)

	done := make(chan *httptest.ResponseRecorder, 1)
	go func() { done <- doParseDS(t, ds, `{"a":1,"b":2}`) }()
	select {
	case rec := <-done:
		t.Fatalf("/parse answered %d before the downstream did", rec.Code)
	case <-time.After(100 * time.Millisecond):
	}
	close(release)
	rec := <-done
	if rec.Code != http.StatusOK || strings.TrimSpace(rec.Body.String()) != `{"keys":2}` {
		t.Fatalf("POST /parse = %d %q", rec.Code, rec.Body.String())
	}
	// A second call reuses the pooled keep-alive connection.
	doParseDS(t, ds, `{}`)
	if calls.Load() != 2 || conns.Load() != 1 {
		t.Fatalf("downstream calls = %d over %d connections, want 2 over 1", calls.Load(), conns.Load())
	}
}

func assertOneLine502(t *testing.T, rec *httptest.ResponseRecorder, want string) {
	t.Helper()
	b := rec.Body.String()
	if rec.Code != http.StatusBadGateway || strings.Count(b, "\n") != 1 || !strings.Contains(b, want) {
		t.Fatalf("got %d %q, want 502 one line containing %q", rec.Code, b, want)
	}
}

func TestParseDownstreamFailures(t *testing.T) {
	t.Run("status", func(t *testing.T) {
		up := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			http.Error(w, "down\nfor maintenance", http.StatusServiceUnavailable)
		}))
		defer up.Close()
		assertOneLine502(t, doParseDS(t, newDownstream(up.URL, time.Second), `{"a":1}`), "503 Service Unavailable")
	})
	t.Run("timeout", func(t *testing.T) {
		stop := make(chan struct{})
		up := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			select {
			case <-stop:
			case <-r.Context().Done():
			}
		}))
		defer up.Close()
		defer close(stop)
		start := time.Now()
		assertOneLine502(t, doParseDS(t, newDownstream(up.URL, 100*time.Millisecond), `{"a":1}`), "downstream")
		if d := time.Since(start); d > 3*time.Second {
			t.Fatalf("timeout of 100ms took %v", d)
		}
	})
	t.Run("refused", func(t *testing.T) {
		up := httptest.NewServer(http.NotFoundHandler())
		url := up.URL
		up.Close() // nothing listens there any more
		assertOneLine502(t, doParseDS(t, newDownstream(url, time.Second), `{"a":1}`), "downstream")
	})
	t.Run("bad JSON is still 400, no call", func(t *testing.T) {
		var calls atomic.Int32
		up := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { calls.Add(1) }))
		defer up.Close()
		assertOneLine400(t, doParseDS(t, newDownstream(up.URL, time.Second), `{"a":`), "invalid JSON")
		if calls.Load() != 0 {
			t.Fatal("downstream called for a bad body")
		}
	})
}

func TestDownstreamRedactsPassword(t *testing.T) {
	up := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusTeapot)
	}))
	defer up.Close()
	ds := newDownstream(strings.Replace(up.URL, "http://", "http://user:secret@", 1), time.Second)
	err := ds.call(context.Background())
	if err == nil || strings.Contains(err.Error(), "secret") {
		t.Fatalf("err = %v, want an error without the password", err)
	}
}
