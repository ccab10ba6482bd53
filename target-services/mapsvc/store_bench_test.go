package main

import (
	"math/rand/v2"
	"strconv"
	"testing"
)

// go test -run '^$' -bench Store -benchmem [-cpu 1,4,8]
//
// Each benchmark runs the /kv operation mix from GOMAXPROCS goroutines on one
// shared store pre-filled to its keyspace; ns/op is per operation.
func benchmarkStore(b *testing.B, kind storeKind, writes int) {
	const keyspace, valueBytes = 100_000, 64
	s, err := newStore(kind, defaultShards)
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; i < keyspace; i++ {
		s.Put("k"+strconv.Itoa(i), make([]byte, valueBytes))
	}
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			key := "k" + strconv.Itoa(rand.IntN(keyspace))
			if rand.IntN(100) < writes {
				s.Put(key, make([]byte, valueBytes))
			} else {
				s.Get(key)
			}
		}
	})
}

func BenchmarkStoreMutexWrites50(b *testing.B)   { benchmarkStore(b, storeMutex, 50) }
func BenchmarkStoreSyncMapWrites50(b *testing.B) { benchmarkStore(b, storeSyncMap, 50) }
func BenchmarkStoreShardedWrites50(b *testing.B) { benchmarkStore(b, storeSharded, 50) }
func BenchmarkStoreMutexWrites5(b *testing.B)    { benchmarkStore(b, storeMutex, 5) }
func BenchmarkStoreSyncMapWrites5(b *testing.B)  { benchmarkStore(b, storeSyncMap, 5) }
func BenchmarkStoreShardedWrites5(b *testing.B)  { benchmarkStore(b, storeSharded, 5) }
