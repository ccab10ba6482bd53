package main

import (
	"io"
	"net/http"
	"runtime/debug"
)

// newBuildInfoHandler serves GET /debug/buildinfo: the build information
// embedded in the binary, as debug.BuildInfo.String writes it, which is the
// text `go version -m <binary>` prints (go, path, mod, dep and
// "build\tKEY=VALUE" lines; a value with spaces or quotes is Go-quoted).
// read is debug.ReadBuildInfo outside tests; where the binary carries no
// build information the answer is 404.
func newBuildInfoHandler(read func() (*debug.BuildInfo, bool)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			methodNotAllowed(w, "GET, HEAD")
			return
		}
		bi, ok := read()
		if !ok || bi == nil {
			http.Error(w, "this binary carries no build information", http.StatusNotFound)
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, bi.String())
	})
}
