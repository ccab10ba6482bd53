package main

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
)

// intParam reads the query parameter name as an integer in [lo, hi], or def
// when it is absent or empty. The error is the one-line 400 reason.
func intParam(q url.Values, name string, def, lo, hi int) (int, error) {
	v := strings.TrimSpace(q.Get(name))
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		return 0, fmt.Errorf("invalid %s %q: want an integer in %d..%d", name, v, lo, hi)
	}
	return n, nil
}

// badRequest answers 400 with a one-line reason.
func badRequest(w http.ResponseWriter, err error) {
	http.Error(w, oneLine(err.Error()), http.StatusBadRequest)
}

// writeJSON answers 200 with a small JSON reply built by the caller.
func writeJSON(w http.ResponseWriter, body string) {
	w.Header().Set("Content-Type", "application/json")
	w.Write([]byte(body + "\n"))
}
