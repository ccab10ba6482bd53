package main

import "runtime"

// liveHeap returns the bytes of live heap objects after a full GC.
func liveHeap() uint64 {
	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}
