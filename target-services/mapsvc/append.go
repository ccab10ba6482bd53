package main

import (
	"fmt"
	"net/http"
)

const appendDefaultN, appendMaxN = 100_000, 10_000_000

// record is the 32-byte element /append builds slices of.
type record struct {
	ID, A, B, C int64
}

// buildRecords appends n records to a slice. With appendNoCap it starts from
// a nil slice, so append reallocates and copies every time the capacity runs
// out (doubling, then ~1.25x); with appendCap the slice is made with
// capacity n first and never grows.
func buildRecords(mode appendMode, n int) []record {
	var s []record
	if mode == appendCap {
		s = make([]record, 0, n)
	}
	for i := 0; i < n; i++ {
		v := int64(i)
		s = append(s, record{ID: v, A: v * 2, B: v * 3, C: v * 4})
	}
	return s
}

// newAppendHandler serves POST /append?n=; the reply is {"len":n,"cap":c}.
func newAppendHandler(mode appendMode) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			methodNotAllowed(w, http.MethodPost)
			return
		}
		n, err := intParam(r.URL.Query(), "n", appendDefaultN, 1, appendMaxN)
		if err != nil {
			badRequest(w, err)
			return
		}
		s := buildRecords(mode, n)
		writeJSON(w, fmt.Sprintf(`{"len":%d,"cap":%d}`, len(s), cap(s)))
	})
}
