package main

import (
	"net/http"
	"runtime"
	"net/http/httptest"
	"strings"
	"testing"
)

func doChurn(t *testing.T, c *churnMap, method, query string) *httptest.ResponseRecorder {
	t.Helper()
	rec := httptest.NewRecorder()
	newChurnHandler(c).ServeHTTP(rec, httptest.NewRequest(method, "/churn"+query, nil))
	return rec
}

func TestChurnInsertsAndDeletes(t *testing.T) {
	c := newChurnMap(churnLongLived)
	rec := doChurn(t, c, http.MethodPost, "?n=5000")
	if rec.Code != http.StatusOK || strings.TrimSpace(rec.Body.String()) != `{"inserted":5000,"len":0}` {
		t.Fatalf("POST = %d %q", rec.Code, rec.Body.String())
	}
	if c.Len() != 0 {
		t.Fatalf("Len = %d after churn", c.Len())
	}
	rec = doChurn(t, c, http.MethodGet, "")
	if rec.Code != http.StatusOK || strings.TrimSpace(rec.Body.String()) != `{"len":0}` {
		t.Fatalf("GET = %d %q", rec.Code, rec.Body.String())
	}
	if rec := doChurn(t, c, http.MethodPost, ""); !strings.Contains(rec.Body.String(), `"inserted":100000`) {
		t.Fatalf("default n: %q", rec.Body.String())
	}
}

func TestChurnBadParamsAndMethod(t *testing.T) {
	c := newChurnMap(churnLongLived)
	for _, q := range []string{"?n=0", "?n=x", "?n=10000001"} {
		assertOneLine400(t, doChurn(t, c, http.MethodPost, q), "invalid n")
	}
	rec := doChurn(t, c, http.MethodDelete, "")
	if rec.Code != http.StatusMethodNotAllowed {
		t.Fatalf("DELETE = %d", rec.Code)
	}
}

// TestChurnMapKeepsItsMemory is the point of /churn: after every key is
// deleted the map's buckets are still allocated, so the live heap stays
// about as high as when the map was full.
func TestChurnMapKeepsItsMemory(t *testing.T) {
	const n = 200_000
	before := liveHeap()
	c := newChurnMap(churnLongLived)
	c.churn(n)
	after := liveHeap()
	t.Logf("live heap: before %d B, after churn of %d keys %d B (+%d)", before, n, after, int64(after)-int64(before))
	// 200k string->int64 entries need ~2^15 buckets of 208 B (~6.8 MB).
	if after < before+4<<20 {
		t.Fatalf("live heap grew by %d B only; want the emptied map to keep > 4 MiB", int64(after)-int64(before))
	}
	if c.Len() != 0 {
		t.Fatal("map not empty")
	}
}

// TestPerRequestChurnMapIsReleased is the control: a map of the request's own
// is garbage once the request ends, so the live heap comes back down.
func TestPerRequestChurnMapIsReleased(t *testing.T) {
	const n = 200_000
	before := liveHeap()
	c := newChurnMap(churnPerRequest)
	c.churn(n)
	after := liveHeap()
	t.Logf("live heap: before %d B, after per-request churn of %d keys %d B", before, n, after)
	if after > before+1<<20 {
		t.Fatalf("live heap grew by %d B; want the per-request map released (< 1 MiB)", int64(after)-int64(before))
	}
	runtime.KeepAlive(c)
}
