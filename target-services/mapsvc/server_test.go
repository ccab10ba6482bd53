package main

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

func newTestServer(t *testing.T, sizing mapSizing) *httptest.Server {
	t.Helper()
	cfg := defaultConfig()
	cfg.Port, cfg.MapSizing = 0, sizing
	return newTestServerCfg(t, cfg)
}

func newTestServerCfg(t *testing.T, cfg config) *httptest.Server {
	t.Helper()
	mux, err := newMux(cfg, newMetrics(cfg))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func post(t *testing.T, url, body string) (int, string) {
	t.Helper()
	resp, err := http.Post(url, "application/json", strings.NewReader(body))
	return readAll(t, resp, err)
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	return readAll(t, resp, err)
}

// readAll returns a response's status and body, failing the test on any error.
func readAll(t *testing.T, resp *http.Response, err error) (int, string) {
	t.Helper()
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
		`mapsvc_info{append="nocap",downstream="none",map_sizing="sized",shards="",store="mutex"} 1`,
		"mapsvc_kv_len 0",
		"mapsvc_churn_map_len 0",
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
		cfg := defaultConfig()
		cfg.Port = 0
		done <- serve(ctx, cfg, pw)
		pw.Close()
	}()

	line, err := bufio.NewReader(pr).ReadString('\n')
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`^mapsvc listening on :(\d+) map_sizing=unsized store=mutex append=nocap churn_map=long-lived downstream=none go=go\S+\n$`).FindStringSubmatch(line)
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

// TestWorkloadsThroughMux drives each new endpoint through the real mux and
// checks that the gauges and request counters follow.
func TestWorkloadsThroughMux(t *testing.T) {
	cfg := defaultConfig()
	cfg.Store, cfg.Shards, cfg.Append = storeSharded, 4, appendCap
	srv := newTestServerCfg(t, cfg)

	for _, c := range []struct{ path, want string }{
		{"/kv/ops?n=100&writes=100&keyspace=1", `{"ops":100,"hits":0,"len":1}`},
		{"/churn?n=1000", `{"inserted":1000,"len":0}`},
		{"/append?n=10", `{"len":10,"cap":10}`},
	} {
		if code, body := post(t, srv.URL+c.path, ""); code != 200 || strings.TrimSpace(body) != c.want {
			t.Errorf("POST %s = %d %q, want %s", c.path, code, body, c.want)
		}
	}
	if code, body := get(t, srv.URL+"/churn"); code != 200 || strings.TrimSpace(body) != `{"len":0}` {
		t.Errorf("GET /churn = %d %q", code, body)
	}
	if code, body := post(t, srv.URL+"/kv/ops?n=0", ""); code != 400 || !strings.Contains(body, "invalid n") {
		t.Errorf("POST /kv/ops?n=0 = %d %q", code, body)
	}

	_, metrics := get(t, srv.URL+"/metrics")
	for _, want := range []string{
		"mapsvc_kv_len 1\n",
		"mapsvc_churn_map_len 0\n",
		`mapsvc_info{append="cap",downstream="none",map_sizing="unsized",shards="4",store="sharded"} 1`,
		`mapsvc_requests_total{code="200",handler="kv"} 1`,
		`mapsvc_requests_total{code="400",handler="kv"} 1`,
		`mapsvc_requests_total{code="200",handler="churn"} 2`,
		`mapsvc_requests_total{code="200",handler="append"} 1`,
	} {
		if !strings.Contains(metrics, want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
}

func TestNewMuxRejectsBadStore(t *testing.T) {
	cfg := defaultConfig()
	cfg.Store = "bogus"
	if _, err := newMux(cfg, newMetrics(cfg)); err == nil {
		t.Fatal("want error")
	}
}

// TestSlowDownstreamRaisesInFlight: while the downstream stalls, every
// /parse request stays in flight holding its map.
func TestSlowDownstreamRaisesInFlight(t *testing.T) {
	release := make(chan struct{})
	up := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { <-release }))
	defer up.Close()
	cfg := defaultConfig()
	cfg.DownstreamURL = up.URL + "/healthz"
	srv := newTestServerCfg(t, cfg)

	const n = 3
	codes := make(chan int, n)
	for i := 0; i < n; i++ {
		go func() {
			resp, err := http.Post(srv.URL+"/parse", "application/json", strings.NewReader(`{"a":1}`))
			if err != nil {
				codes <- -1
				return
			}
			resp.Body.Close()
			codes <- resp.StatusCode
		}()
	}
	// n parses plus this scrape itself.
	want := "mapsvc_requests_in_flight " + strconv.Itoa(n+1) + "\n"
	deadline := time.Now().Add(5 * time.Second)
	for {
		_, metrics := get(t, srv.URL+"/metrics")
		if strings.Contains(metrics, want) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("/metrics never showed %q", want)
		}
		time.Sleep(10 * time.Millisecond)
	}
	close(release)
	for i := 0; i < n; i++ {
		if code := <-codes; code != http.StatusOK {
			t.Fatalf("POST /parse = %d", code)
		}
	}
	_, metrics := get(t, srv.URL+"/metrics")
	if !strings.Contains(metrics, `downstream="`+up.URL+`/healthz"`) {
		t.Fatal("mapsvc_info lacks the downstream URL")
	}
}
