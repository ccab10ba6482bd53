package dev.memchaos.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Something measured about a variant's run that a threshold can name. */
public sealed interface Metric {

    /** The name as written in thresholds, e.g. {@code p(99)} or {@code gcPause.p99}. */
    String text();

    MetricKind kind();

    /** Which way is an improvement: what a regression check calls worse. */
    Better better();

    /** What it means, in a sentence a reader of a report understands. */
    String description();

    /** How it is computed from what the run recorded. */
    String computedAs();

    /**
     * The catalog: every metric a run measures, in the order the summary, the table and the
     * report show them (the three usual percentiles, then every named metric). Thresholds may
     * also name any other percentile.
     */
    static List<Metric> catalog() {
        List<Metric> all = new ArrayList<>(List.of(new Percentile(50), new Percentile(95), new Percentile(99)));
        all.addAll(Arrays.asList(Named.values()));
        return List.copyOf(all);
    }

    /** A metric by its name as written in thresholds and the summary: {@code p(99)}, {@code gcPause.p99}. */
    static Optional<Metric> byText(String text) {
        Optional<Metric> named = Named.byText(text).map(m -> m);
        if (named.isPresent() || !text.startsWith("p(") || !text.endsWith(")")) {
            return named;
        }
        return NumberText.parse(text.substring(2, text.length() - 1)).map(BigDecimal::doubleValue)
                .filter(p -> p > 0 && p <= 100).map(Percentile::new);
    }

    /** Which direction of change is an improvement. */
    enum Better {
        LOWER, HIGHER, NEITHER
    }

    /** A response-time percentile in milliseconds, written {@code p(99)} or {@code p(99.9)}. */
    record Percentile(double p) implements Metric {

        public Percentile {
            if (!(p > 0 && p <= 100)) {
                throw new IllegalArgumentException("a percentile must be above 0 and at most 100, got " + p);
            }
        }

        @Override
        public String text() {
            return "p(" + NumberText.exact(p) + ")";
        }

        @Override
        public MetricKind kind() {
            return MetricKind.TIME_MS;
        }

        @Override
        public Better better() {
            return Better.LOWER;
        }

        @Override
        public String description() {
            return "the " + NumberText.exact(p) + "th percentile of response times, in milliseconds";
        }

        @Override
        public String computedAs() {
            return "the value at this percentile of the HdrHistogram of every response time Gatling recorded during the load";
        }
    }

    enum Named implements Metric {
        LATENCY_MAX("latency.max", MetricKind.TIME_MS, Better.LOWER, "the slowest response time, in milliseconds",
                "the largest value in the HdrHistogram of every response time Gatling recorded during the load"),
        REQUESTS("requests", MetricKind.COUNT, Better.NEITHER, "requests sent during the run",
                "responses and failures Gatling recorded during the load"),
        ERRORS("errors", MetricKind.COUNT, Better.LOWER, "requests that failed or got no successful response",
                "Gatling's failed requests: non-2xx status, timeout or connection error"),
        ERROR_RATE("errorRate", MetricKind.RATIO, Better.LOWER, "errors divided by requests, from 0 to 1",
                "errors / requests"),
        GC_PAUSE_COUNT("gcPause.count", MetricKind.COUNT, Better.LOWER,
                "stop-the-world GC pauses during the run (two per cycle), from the summary's gcSource",
                "runtime/metrics: the count of the go_sched_pauses_total_gc_seconds (or go_gc_pauses_seconds) histogram"
                        + " after the load minus before it; gctrace: two per cycle line logged during the load;"
                        + " go_gc_duration_seconds (coarse): twice its count after the load minus before it"),
        GC_PAUSE_P99("gcPause.p99", MetricKind.TIME_MS, Better.LOWER, "the 99th percentile of GC pause times, in milliseconds",
                "runtime/metrics: the 99th percentile of the pause histogram's difference over the load, interpolated in"
                        + " its bucket; gctrace: the nearest-rank 99th percentile of the 1st and 3rd clock figures of the"
                        + " cycles logged during the load (two significant digits); go_gc_duration_seconds (coarse): its"
                        + " quantile 1 after the load, the longest total pause of one cycle among the runtime's last 256,"
                        + " an upper bound when the load had at most 256 cycles"),
        GC_PAUSE_MAX("gcPause.max", MetricKind.TIME_MS, Better.LOWER, "the longest GC pause, in milliseconds",
                "runtime/metrics: the upper bound of the highest non-empty bucket of the pause histogram's difference"
                        + " over the load; gctrace: the longest of the cycles' pauses logged during the load;"
                        + " go_gc_duration_seconds (coarse): as gcPause.p99, its quantile 1 (an upper bound)"),
        GC_CYCLES("gcCycles", MetricKind.COUNT, Better.LOWER, "GC cycles completed during the run",
                "runtime/metrics: go_gc_cycles_total_gc_cycles_total (or go_gc_duration_seconds_count) after the load"
                        + " minus before it; gctrace: the cycle lines logged during the load; go_gc_duration_seconds"
                        + " (coarse): its count after the load minus before it"),
        GC_CYCLES_PER_1K_REQUESTS("gcCyclesPer1kRequests", MetricKind.COUNT, Better.LOWER, "GC cycles per thousand requests",
                "gcCycles * 1000 / requests"),
        ALLOC_BYTES_PER_REQUEST("allocBytesPerRequest", MetricKind.BYTES, Better.LOWER, "heap bytes allocated per request",
                "go_gc_heap_allocs_bytes_total (or go_memstats_alloc_bytes_total) after the load minus before it, divided by requests"),
        MALLOCS_PER_REQUEST("mallocsPerRequest", MetricKind.COUNT, Better.LOWER, "heap objects allocated per request",
                "go_gc_heap_allocs_objects_total (or go_memstats_mallocs_total) after the load minus before it, divided by requests"),
        IN_FLIGHT_PEAK("requests.inFlightPeak", MetricKind.COUNT, Better.LOWER,
                "the most requests in flight inside the service, sampled once a second",
                "the highest value of the service's in-flight gauge (target.metrics.inFlight, by default"
                        + " mapsvc_requests_in_flight) in the timeline's once-a-second samples"),
        HEAP_IN_USE("heap.inUse", MetricKind.BYTES, Better.LOWER,
                "Go heap bytes in use at the end of the load, after a forced GC where the service exposes pprof: what it retains",
                "go_memstats_heap_inuse_bytes (or target.metrics.heapInUse) scraped after the load, after"
                        + " GET /debug/pprof/heap?gc=1 where served"),
        MEMORY_PEAK("memory.peak", MetricKind.BYTES, Better.LOWER, "the highest memory use of the target's container",
                "the highest of the cgroup's memory usage sampled once a second and its max_usage_in_bytes at the end"),
        MEMORY_LIMIT("memory.limit", MetricKind.BYTES, Better.NEITHER, "the hard memory limit of the target's container",
                "the limit the target was deployed with (a limit fault changes it for its window only)"),
        MEMORY_PEAK_RATIO("memory.peakRatio", MetricKind.RATIO, Better.LOWER, "memory.peak divided by memory.limit",
                "memory.peak / memory.limit"),
        OOM_KILLED("oomKilled", MetricKind.BOOLEAN, Better.LOWER, "whether the target was killed for running out of memory",
                "an OOM kill reported by the engine (Docker's oom event, or the pod's OOMKilled status) since the deploy"),
        STEADY_STATE_BEFORE("steadyState.before", MetricKind.BOOLEAN, Better.HIGHER,
                "whether the steady-state hypothesis held before the faults",
                "every check of the scenario's steadyState, on a short probe load before the faults"),
        STEADY_STATE_AFTER("steadyState.after", MetricKind.BOOLEAN, Better.HIGHER,
                "whether the steady-state hypothesis held after the faults were reverted",
                "every check of the scenario's steadyState, on a short probe load after the faults were reverted");

        private final String text;
        private final MetricKind kind;
        private final Better better;
        private final String description;
        private final String computedAs;

        Named(String text, MetricKind kind, Better better, String description, String computedAs) {
            this.text = text;
            this.kind = kind;
            this.better = better;
            this.description = description;
            this.computedAs = computedAs;
        }

        public static Optional<Named> byText(String text) {
            return Arrays.stream(values()).filter(m -> m.text.equals(text)).findFirst();
        }

        @Override
        public String text() {
            return text;
        }

        @Override
        public MetricKind kind() {
            return kind;
        }

        @Override
        public Better better() {
            return better;
        }

        @Override
        public String description() {
            return description;
        }

        @Override
        public String computedAs() {
            return computedAs;
        }
    }
}
