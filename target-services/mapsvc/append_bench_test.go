package main

import "testing"

// go test -run '^$' -bench Append -benchmem
//
// allocs/op is the point: nocap reallocates the backing array each time
// append outgrows it; cap allocates it once.
func benchmarkAppend(b *testing.B, mode appendMode, n int) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if s := buildRecords(mode, n); len(s) != n {
			b.Fatal("wrong length")
		}
	}
}

func BenchmarkAppendNoCap1k(b *testing.B)   { benchmarkAppend(b, appendNoCap, 1_000) }
func BenchmarkAppendCap1k(b *testing.B)     { benchmarkAppend(b, appendCap, 1_000) }
func BenchmarkAppendNoCap100k(b *testing.B) { benchmarkAppend(b, appendNoCap, 100_000) }
func BenchmarkAppendCap100k(b *testing.B)   { benchmarkAppend(b, appendCap, 100_000) }
