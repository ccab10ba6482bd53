package main

import (
	"net/http"
	"strconv"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// metrics owns the service's own Prometheus registry: Go runtime metrics
// (all of runtime/metrics, including the GC pause histograms, and go_info),
// the main module's go_build_info, process metrics, and the per-request
// instrumentation.
type metrics struct {
	reg      *prometheus.Registry
	inFlight prometheus.Gauge
	requests *prometheus.CounterVec
}

func newMetrics(cfg config) *metrics {
	reg := prometheus.NewRegistry()

	m := &metrics{
		reg: reg,
		inFlight: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "mapsvc_requests_in_flight",
			Help: "HTTP requests currently being served.",
		}),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "mapsvc_requests_total",
			Help: "HTTP requests served, by handler and status code.",
		}, []string{"handler", "code"}),
	}
	shards := "" // an empty label value is an absent label: shards only mean something for sharded
	if cfg.Store == storeSharded {
		shards = strconv.Itoa(cfg.Shards)
	}
	info := prometheus.NewGauge(prometheus.GaugeOpts{
		Name: "mapsvc_info",
		Help: "Build and configuration of this mapsvc process; always 1.",
		ConstLabels: prometheus.Labels{
			"map_sizing": string(cfg.MapSizing),
			"store":      string(cfg.Store),
			"shards":     shards,
			"append":     string(cfg.Append),
			"downstream": cfg.downstreamLabel(),
		},
	})
	info.Set(1)

	reg.MustRegister(
		collectors.NewGoCollector(collectors.WithGoCollectorRuntimeMetrics(collectors.MetricsAll)),
		collectors.NewBuildInfoCollector(), // go_build_info{path,version,checksum}
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		m.inFlight,
		m.requests,
		info,
	)
	return m
}

// gaugeFunc registers a gauge whose value is read from f at every scrape.
func (m *metrics) gaugeFunc(name, help string, f func() int) {
	m.reg.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: name, Help: help},
		func() float64 { return float64(f()) }))
}

// handler serves the registry in the Prometheus exposition format.
func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})
}

// instrument counts h's requests under handler=name and tracks in-flight.
func (m *metrics) instrument(name string, h http.Handler) http.Handler {
	counter := m.requests.MustCurryWith(prometheus.Labels{"handler": name})
	return promhttp.InstrumentHandlerInFlight(m.inFlight, promhttp.InstrumentHandlerCounter(counter, h))
}
