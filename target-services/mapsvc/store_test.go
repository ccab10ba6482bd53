package main

import (
	"strconv"
	"sync"
	"testing"
	"unsafe"
)

func allStores(t testing.TB) map[storeKind]store {
	t.Helper()
	out := map[storeKind]store{}
	for _, k := range []storeKind{storeMutex, storeSyncMap, storeSharded} {
		s, err := newStore(k, 8)
		if err != nil {
			t.Fatal(err)
		}
		out[k] = s
	}
	return out
}

func TestStoreGetPutLen(t *testing.T) {
	for kind, s := range allStores(t) {
		t.Run(string(kind), func(t *testing.T) {
			if _, ok := s.Get("a"); ok || s.Len() != 0 {
				t.Fatalf("empty store: Get ok=%v Len=%d", ok, s.Len())
			}
			s.Put("a", []byte("1"))
			s.Put("b", []byte("2"))
			s.Put("a", []byte("3")) // overwrite: no new key
			if v, ok := s.Get("a"); !ok || string(v) != "3" {
				t.Fatalf("Get(a) = %q %v", v, ok)
			}
			if s.Len() != 2 {
				t.Fatalf("Len = %d, want 2", s.Len())
			}
		})
	}
}

// TestStoreConcurrent hammers each store from many goroutines; run with
// -race to check the locking.
func TestStoreConcurrent(t *testing.T) {
	for kind, s := range allStores(t) {
		t.Run(string(kind), func(t *testing.T) {
			var wg sync.WaitGroup
			for g := 0; g < 8; g++ {
				wg.Add(1)
				go func(g int) {
					defer wg.Done()
					for i := 0; i < 500; i++ {
						k := "k" + strconv.Itoa(i)
						s.Put(k, []byte{byte(g)})
						s.Get(k)
						s.Len()
					}
				}(g)
			}
			wg.Wait()
			if s.Len() != 500 {
				t.Fatalf("Len = %d, want 500", s.Len())
			}
		})
	}
}

func TestNewStoreErrors(t *testing.T) {
	if _, err := newStore("bogus", 1); err == nil {
		t.Error("unknown kind: want error")
	}
	if _, err := newStore(storeSharded, 0); err == nil {
		t.Error("0 shards: want error")
	}
}

func TestShardedSpreadsKeys(t *testing.T) {
	s := newShardedStore(16)
	for i := 0; i < 16000; i++ {
		s.Put("k"+strconv.Itoa(i), nil)
	}
	for i := range s.shards {
		if n := len(s.shards[i].m); n < 500 || n > 1500 {
			t.Errorf("shard %d holds %d of 16000 keys: FNV spread is off", i, n)
		}
	}
	if sz := unsafe.Sizeof(shard{}); sz != 64 {
		t.Errorf("sizeof(shard) = %d, want 64 (one cache line)", sz)
	}
}

func TestFNV32aMatchesReference(t *testing.T) {
	// Reference values of FNV-1a 32 (hash/fnv New32a).
	for s, want := range map[string]uint32{"": 0x811c9dc5, "a": 0xe40c292c, "foobar": 0xbf9cf968} {
		if got := fnv32a(s); got != want {
			t.Errorf("fnv32a(%q) = %#x, want %#x", s, got, want)
		}
	}
}
