package main

import (
	"net/http"
	"net/http/httptest"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"testing"
)

func doBuildInfo(t *testing.T, read func() (*debug.BuildInfo, bool), method string) *httptest.ResponseRecorder {
	t.Helper()
	rec := httptest.NewRecorder()
	newBuildInfoHandler(read).ServeHTTP(rec, httptest.NewRequest(method, "/debug/buildinfo", nil))
	return rec
}

func TestBuildInfoIsWhatGoVersionMPrints(t *testing.T) {
	bi := &debug.BuildInfo{
		GoVersion: "go1.23.12",
		Path:      "dev.memchaos/mapsvc",
		Main:      debug.Module{Path: "dev.memchaos/mapsvc", Version: "(devel)"},
		Settings: []debug.BuildSetting{
			{Key: "-trimpath", Value: "true"},
			{Key: "-ldflags", Value: "-s -w"},
			{Key: "CGO_ENABLED", Value: "0"},
			{Key: "GOARCH", Value: "amd64"},
		},
	}
	rec := doBuildInfo(t, func() (*debug.BuildInfo, bool) { return bi, true }, http.MethodGet)

	if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/plain") {
		t.Fatalf("GET = %d %q", rec.Code, rec.Header().Get("Content-Type"))
	}
	if got := rec.Body.String(); got != bi.String() {
		t.Fatalf("body %q, want BuildInfo.String() %q", got, bi.String())
	}
	for _, want := range []string{
		"go\tgo1.23.12\n",
		"path\tdev.memchaos/mapsvc\n",
		"build\t-trimpath=true\n",
		"build\t-ldflags=\"-s -w\"\n", // Go-quoted: the value has a space
		"build\tCGO_ENABLED=0\n",
	} {
		if !strings.Contains(rec.Body.String(), want) {
			t.Errorf("body lacks %q:\n%s", want, rec.Body.String())
		}
	}
	// The build settings round-trip through the standard parser (which leaves the go line aside).
	parsed, err := debug.ParseBuildInfo(rec.Body.String())
	if err != nil || !slices.Equal(parsed.Settings, bi.Settings) {
		t.Fatalf("ParseBuildInfo: %v %+v", err, parsed)
	}
}

func TestBuildInfoAbsentIs404(t *testing.T) {
	rec := doBuildInfo(t, func() (*debug.BuildInfo, bool) { return nil, false }, http.MethodGet)
	if rec.Code != http.StatusNotFound || strings.Count(rec.Body.String(), "\n") != 1 {
		t.Fatalf("GET = %d %q, want 404 and one line", rec.Code, rec.Body.String())
	}
}

func TestBuildInfoWrongMethod(t *testing.T) {
	rec := doBuildInfo(t, debug.ReadBuildInfo, http.MethodPost)
	if rec.Code != http.StatusMethodNotAllowed || rec.Header().Get("Allow") != "GET, HEAD" {
		t.Fatalf("POST = %d Allow=%q", rec.Code, rec.Header().Get("Allow"))
	}
}

// TestBuildInfoThroughMux reads this test binary's own build information
// through the real mux, and go_info / go_build_info from /metrics.
func TestBuildInfoThroughMux(t *testing.T) {
	srv := newTestServer(t, sizingUnsized)
	code, body := get(t, srv.URL+"/debug/buildinfo")
	if code != http.StatusOK {
		t.Fatalf("GET /debug/buildinfo = %d %q", code, body)
	}
	for _, want := range []string{"go\t" + runtime.Version() + "\n", "build\tGOOS=" + runtime.GOOS + "\n", "build\tGOARCH=" + runtime.GOARCH + "\n"} {
		if !strings.Contains(body, want) {
			t.Errorf("/debug/buildinfo lacks %q:\n%s", want, body)
		}
	}

	_, metrics := get(t, srv.URL+"/metrics")
	for _, want := range []string{`go_info{version="` + runtime.Version() + `"} 1`, "go_build_info{checksum="} {
		if !strings.Contains(metrics, want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
}
