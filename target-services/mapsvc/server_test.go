package main

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
	"time"
)

func newTestServer(t *testing.T, sizing mapSizing) *httptest.Server {
	t.Helper()
	cfg := config{Port: 0, MapSizing: sizing, MaxBodyBytes: defaultMaxBodyBytes}
	srv := httptest.NewServer(newMux(cfg, newMetrics(cfg)))
	t.Cleanup(srv.Close)
	return srv
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b)
}

func TestHealthz(t *testing.T) {
	srv := newTestServer(t, sizingUnsized)
	code, body := get(t, srv.URL+"/healthz")
	if code != http.StatusOK || body != "ok" {
		t.Fatalf("GET /healthz = %d %q", code, body)
	}
}

func TestParseThroughMux(t *testing.T) {
	srv := newTestServer(t, sizingSized)
	resp, err := http.Post(srv.URL+"/parse", "application/json", strings.NewReader(`{"a":1,"b":{"c":2}}`))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK || strings.TrimSpace(string(b)) != `{"keys":2}` {
		t.Fatalf("POST /parse = %d %q", resp.StatusCode, b)
	}
	if code, _ := get(t, srv.URL+"/parse"); code != http.StatusMethodNotAllowed {
		t.Fatalf("GET /parse = %d, want 405", code)
	}
}

func TestMetrics(t *testing.T) {
	srv := newTestServer(t, sizingSized)
	// One request of each outcome so the request counters have series.
	get(t, srv.URL+"/healthz")
	get(t, srv.URL+"/parse")

	code, body := get(t, srv.URL+"/metrics")
	if code != http.StatusOK {
		t.Fatalf("GET /metrics = %d", code)
	}
	for _, want := range []string{
		// runtime/metrics GC pause histograms (Go 1.22+ names both)
		"# TYPE go_gc_pauses_seconds histogram",
		"# TYPE go_sched_pauses_total_gc_seconds histogram",
		"go_gc_heap_allocs_bytes_total ",
		"go_gc_heap_allocs_objects_total ",
		"go_gc_cycles_total_gc_cycles_total ",
		"go_memstats_heap_alloc_bytes ",
		"process_resident_memory_bytes ",
		"mapsvc_requests_in_flight ",
		`mapsvc_requests_total{code="200",handler="healthz"} 1`,
		`mapsvc_requests_total{code="405",handler="parse"} 1`,
		`mapsvc_info{map_sizing="sized"} 1`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
}

func TestPprofMounted(t *testing.T) {
	srv := newTestServer(t, sizingUnsized)
	for _, path := range []string{"/debug/pprof/", "/debug/pprof/heap?debug=1", "/debug/pprof/cmdline"} {
		if code, _ := get(t, srv.URL+path); code != http.StatusOK {
			t.Errorf("GET %s = %d", path, code)
		}
	}
}

// TestServeStartupAndShutdown runs the real serve loop on a free port: it must
// print the one startup line, answer, and return cleanly when cancelled.
func TestServeStartupAndShutdown(t *testing.T) {
	pr, pw := io.Pipe()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() {
		done <- serve(ctx, config{Port: 0, MapSizing: sizingUnsized, MaxBodyBytes: 1 << 20}, pw)
		pw.Close()
	}()

	line, err := bufio.NewReader(pr).ReadString('\n')
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`^mapsvc listening on :(\d+) map_sizing=unsized go=go\S+\n$`).FindStringSubmatch(line)
	if m == nil {
		t.Fatalf("startup line %q", line)
	}
	if code, body := get(t, "http://127.0.0.1:"+m[1]+"/healthz"); code != 200 || body != "ok" {
		t.Fatalf("healthz = %d %q", code, body)
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("serve returned %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not return after cancel")
	}
}
