package main

import "testing"

// go test -run '^$' -bench Parse -benchmem
func benchmarkDecode(b *testing.B, sizing mapSizing) {
	body := genObject(1200)
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m, err := decodeObject(body, sizing)
		if err != nil || len(m) != 1200 {
			b.Fatalf("len=%d err=%v", len(m), err)
		}
	}
}

func BenchmarkParseUnsized(b *testing.B) { benchmarkDecode(b, sizingUnsized) }
func BenchmarkParseSized(b *testing.B)   { benchmarkDecode(b, sizingSized) }

func BenchmarkEstimateTopLevelKeys(b *testing.B) {
	body := genObject(1200)
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if estimateTopLevelKeys(body) != 1200 {
			b.Fatal("wrong estimate")
		}
	}
}
