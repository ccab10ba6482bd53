// Command gcsvc is a Go service memchaos was not written for: it serves the append workload's
// POST /append?n=N, GET /healthz and, on /metrics, only client_golang's default collectors (no
// runtime/metrics pause histogram). GcSourcesIT builds it into memchaos-test/gcsvc:local and runs a
// scenario against it.
package main

import (
	"net/http"
	"strconv"

	"github.com/prometheus/client_golang/prometheus/promhttp"
)

var sink []int

func main() {
	http.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok")) })
	http.HandleFunc("/append", func(w http.ResponseWriter, r *http.Request) {
		n, err := strconv.Atoi(r.URL.Query().Get("n"))
		if err != nil || n < 1 || n > 10_000_000 {
			http.Error(w, "n must be a number from 1 to 10000000", http.StatusBadRequest)
			return
		}
		var s []int
		for i := 0; i < n; i++ {
			s = append(s, i)
		}
		sink = s
		w.Write([]byte(strconv.Itoa(len(s))))
	})
	http.Handle("/metrics", promhttp.Handler())
	if err := http.ListenAndServe(":8080", nil); err != nil {
		panic(err)
	}
}
