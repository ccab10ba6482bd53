package main

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"unsafe"
)

func doAppend(t *testing.T, mode appendMode, method, query string) *httptest.ResponseRecorder {
	t.Helper()
	rec := httptest.NewRecorder()
	newAppendHandler(mode).ServeHTTP(rec, httptest.NewRequest(method, "/append"+query, nil))
	return rec
}

func TestAppendReply(t *testing.T) {
	if rec := doAppend(t, appendCap, http.MethodPost, "?n=1000"); strings.TrimSpace(rec.Body.String()) != `{"len":1000,"cap":1000}` {
		t.Fatalf("cap: %d %q", rec.Code, rec.Body.String())
	}
	rec := doAppend(t, appendNoCap, http.MethodPost, "?n=1000")
	if !strings.HasPrefix(rec.Body.String(), `{"len":1000,"cap":`) || strings.Contains(rec.Body.String(), `"cap":1000}`) {
		t.Fatalf("nocap: %d %q (want cap > len after growth)", rec.Code, rec.Body.String())
	}
	if rec := doAppend(t, appendNoCap, http.MethodPost, ""); !strings.HasPrefix(rec.Body.String(), `{"len":100000,`) {
		t.Fatalf("default n: %q", rec.Body.String())
	}
}

func TestAppendBadParamsAndMethod(t *testing.T) {
	for _, q := range []string{"?n=0", "?n=-5", "?n=1e6", "?n=10000001"} {
		assertOneLine400(t, doAppend(t, appendNoCap, http.MethodPost, q), "invalid n")
	}
	if rec := doAppend(t, appendCap, http.MethodGet, ""); rec.Code != http.StatusMethodNotAllowed {
		t.Fatalf("GET = %d", rec.Code)
	}
}

func TestRecordIs32Bytes(t *testing.T) {
	if sz := unsafe.Sizeof(record{}); sz != 32 {
		t.Fatalf("sizeof(record) = %d", sz)
	}
}

// TestAppendNoCapMallocsMore: growing by append reallocates the backing array
// again and again; making it with its capacity allocates once.
func TestAppendNoCapMallocsMore(t *testing.T) {
	const n = 100_000
	nocap := testing.AllocsPerRun(5, func() { buildRecords(appendNoCap, n) })
	withCap := testing.AllocsPerRun(5, func() { buildRecords(appendCap, n) })
	t.Logf("mallocs per build of %d records: nocap=%.0f cap=%.0f", n, nocap, withCap)
	if withCap != 1 || nocap < 10 {
		t.Fatalf("mallocs nocap=%.0f cap=%.0f, want cap=1 and nocap >= 10", nocap, withCap)
	}
}
