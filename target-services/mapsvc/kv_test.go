package main

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
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
		"?n=0":                       "n",
		"?n=100001":                  "n",
		"?n=ten":                     "n",
		"?writes=101":                "writes",
		"?writes=-1":                 "writes",
		"?keyspace=0":                "keyspace",
		"?valueBytes=0":              "valueBytes",
		"?valueBytes=999999999":      "valueBytes",
		"?seed=-1":                   "seed",
		"?seed=0x10":                 "seed",
		"?seed=18446744073709551616": "seed",
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

// recordingStore notes every operation the kv handler makes on a store.
type recordingStore struct {
	store
	ops []string
}

func (r *recordingStore) Get(key string) ([]byte, bool) {
	r.ops = append(r.ops, "get "+key)
	return r.store.Get(key)
}

func (r *recordingStore) Put(key string, value []byte) {
	r.ops = append(r.ops, "put "+key)
	r.store.Put(key, value)
}

// opsOf runs one /kv/ops request's operations on a fresh store and returns them.
func opsOf(t *testing.T, query string) []string {
	t.Helper()
	o, err := parseKVOps(httptest.NewRequest(http.MethodPost, "/kv/ops"+query, nil))
	if err != nil {
		t.Fatal(err)
	}
	s := &recordingStore{store: newMutexStore()}
	o.run(s)
	if len(s.ops) != o.N {
		t.Fatalf("%d operations, want %d", len(s.ops), o.N)
	}
	return s.ops
}

func TestKVSameSeedSameOperations(t *testing.T) {
	const q = "?n=500&writes=30&keyspace=100000"
	first, again := opsOf(t, q+"&seed=42"), opsOf(t, q+"&seed=42")
	if !slices.Equal(first, again) {
		t.Fatalf("seed 42 twice gave different operations:\n%v\n%v", first[:5], again[:5])
	}
	puts := 0
	for _, op := range first {
		if strings.HasPrefix(op, "put ") {
			puts++
		}
	}
	if puts < 100 || puts > 200 { // 30% of 500, give or take
		t.Fatalf("%d puts of 500 with writes=30", puts)
	}
	if other := opsOf(t, q+"&seed=43"); slices.Equal(first, other) {
		t.Fatal("seeds 42 and 43 gave the same operations")
	}
	if unseeded := opsOf(t, q); slices.Equal(first, unseeded) || slices.Equal(unseeded, opsOf(t, q)) {
		t.Fatal("without a seed the operations repeat")
	}
	if largest := opsOf(t, "?n=10&seed=18446744073709551615"); len(largest) != 10 {
		t.Fatal("the largest seed is refused")
	}
}

func TestKVSameSeedSameReplyThroughTheHandler(t *testing.T) {
	const q = "?n=2000&writes=50&keyspace=500&seed=7"
	first := decodeKV(t, doKV(t, newMutexStore(), http.MethodPost, q))
	again := decodeKV(t, doKV(t, newMutexStore(), http.MethodPost, q))
	if first != again || first.Hits == 0 {
		t.Fatalf("seed 7 on two fresh stores: %+v and %+v", first, again)
	}
}
