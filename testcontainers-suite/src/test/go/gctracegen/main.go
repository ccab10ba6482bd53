// Command gctracegen allocates until the Go runtime has run a few dozen GC cycles, then forces one, so that
// GODEBUG=gctrace=1 writes real trace lines to stderr. The test fixtures under
// src/test/resources/dev/memchaos/metrics/gctrace-go*.txt were made with it:
//
//	GOTOOLCHAIN=go1.23.12 go build -o /tmp/gctracegen . && GODEBUG=gctrace=1 /tmp/gctracegen 2> gctrace-go1.23.txt
//	GOTOOLCHAIN=go1.26.11 go build -o /tmp/gctracegen . && GODEBUG=gctrace=1 /tmp/gctracegen 2> gctrace-go1.26.txt
package main

import (
	"fmt"
	"runtime"
)

var keep [][]byte

func main() {
	for i := 0; i < 200_000; i++ {
		b := make([]byte, 1024+i%4096)
		if i%50 == 0 {
			keep = append(keep, b)
		}
	}
	runtime.GC()
	fmt.Println(len(keep), runtime.Version())
}
