package main

import (
	"fmt"
	"net/http"
	"strconv"
	"sync"
)

const churnDefaultN, churnMaxN = 100_000, 10_000_000

// churnMap is the map every POST /churn fills and empties again. Long-lived
// (the default), it is one map for the process: a Go map never shrinks, so
// deleting every key leaves its bucket array (sized for the largest n seen)
// allocated and the heap stays up while the map's length is back to 0.
// Per-request, each request fills and empties a map of its own, which is
// garbage once the request ends: the control for the long-lived case.
type churnMap struct {
	mu         sync.Mutex
	m          map[string]int64
	perRequest bool
}

func newChurnMap(kind churnMapKind) *churnMap {
	return &churnMap{m: make(map[string]int64), perRequest: kind == churnPerRequest}
}

// churn inserts keys "c0".."c<n-1>" and deletes them all again, holding the
// lock for the whole pass so concurrent requests cannot interleave (they
// would share keys); it returns the length afterwards, 0.
func (c *churnMap) churn(n int) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	m := c.m
	if c.perRequest {
		m = make(map[string]int64)
	}
	for i := 0; i < n; i++ {
		m["c"+strconv.Itoa(i)] = int64(i)
	}
	for i := 0; i < n; i++ {
		delete(m, "c"+strconv.Itoa(i))
	}
	return len(m)
}

func (c *churnMap) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.m)
}

// newChurnHandler serves POST /churn?n= ({"inserted":n,"len":0}) and
// GET /churn ({"len":L}).
func newChurnHandler(c *churnMap) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.Method {
		case http.MethodGet, http.MethodHead:
			writeJSON(w, fmt.Sprintf(`{"len":%d}`, c.Len()))
		case http.MethodPost:
			n, err := intParam(r.URL.Query(), "n", churnDefaultN, 1, churnMaxN)
			if err != nil {
				badRequest(w, err)
				return
			}
			l := c.churn(n)
			writeJSON(w, fmt.Sprintf(`{"inserted":%d,"len":%d}`, n, l))
		default:
			methodNotAllowed(w, "GET, HEAD, POST")
		}
	})
}
