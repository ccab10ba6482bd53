package main

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
)

func doKV(t *testing.T, s store, method, query string) *httptest.ResponseRecorder {
	t.Helper()
	rec := httptest.NewRecorder()
	newKVHandler(s).ServeHTTP(rec, httptest.NewRequest(method, "/kv/ops"+query, nil))
	return rec
}

type kvReply struct{ Ops, Hits, Len int }

func decodeKV(t *testing.T, rec *httptest.ResponseRecorder) kvReply {
	t.Helper()
	if rec.Code != http.StatusOK {
		t.Fatalf("status = %d, body %q", rec.Code, rec.Body.String())
	}
	var r kvReply
	if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil {
		t.Fatalf("reply %q: %v", rec.Body.String(), err)
	}
	return r
}

func TestKVOps(t *testing.T) {
	for kind, s := range allStores(t) {
		t.Run(string(kind), func(t *testing.T) {
			// All writes into a keyspace of 10: the store fills up to 10 keys.
			r := decodeKV(t, doKV(t, s, http.MethodPost, "?n=1000&writes=100&keyspace=10&valueBytes=8"))
			if r.Ops != 1000 || r.Hits != 0 || r.Len != 10 {
				t.Fatalf("writes: %+v, want ops=1000 hits=0 len=10", r)
			}
			// All reads of those 10 keys: every Get hits, nothing is added.
			r = decodeKV(t, doKV(t, s, http.MethodPost, "?n=500&writes=0&keyspace=10"))
			if r.Ops != 500 || r.Hits != 500 || r.Len != 10 {
				t.Fatalf("reads: %+v, want ops=500 hits=500 len=10", r)
			}
			if v, ok := s.Get("k3"); !ok || len(v) != 8 {
				t.Fatalf("k3 = %d bytes, %v; want 8", len(v), ok)
			}
		})
	}
}

func TestKVDefaults(t *testing.T) {
	s := newMutexStore()
	r := decodeKV(t, doKV(t, s, http.MethodPost, ""))
	if r.Ops != kvDefaultN || r.Len == 0 || r.Len > kvDefaultN {
		t.Fatalf("defaults: %+v", r)
	}
}

func TestKVBadParams(t *testing.T) {
	for query, name := range map[string]string{
		"?n=0":                  "n",
		"?n=100001":             "n",
		"?n=ten":                "n",
		"?writes=101":           "writes",
		"?writes=-1":            "writes",
		"?keyspace=0":           "keyspace",
		"?valueBytes=0":         "valueBytes",
		"?valueBytes=999999999": "valueBytes",
	} {
		rec := doKV(t, newMutexStore(), http.MethodPost, query)
		assertOneLine400(t, rec, "invalid "+name)
	}
}

func TestKVWrongMethod(t *testing.T) {
	rec := doKV(t, newMutexStore(), http.MethodGet, "")
	if rec.Code != http.StatusMethodNotAllowed || rec.Header().Get("Allow") != http.MethodPost {
		t.Fatalf("GET = %d Allow=%q", rec.Code, rec.Header().Get("Allow"))
	}
}
