package dev.memchaos.scenario;

import java.util.Arrays;
import java.util.Optional;

/** Something measured about a variant's run that a threshold can name. */
public sealed interface Metric {

    /** The name as written in thresholds, e.g. {@code p(99)} or {@code gcPause.p99}. */
    String text();

    MetricKind kind();

    String description();

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
        public String description() {
            return "the " + NumberText.exact(p) + "th percentile of response times, in milliseconds";
        }
    }

    enum Named implements Metric {
        LATENCY_MAX("latency.max", MetricKind.TIME_MS, "the slowest response time, in milliseconds"),
        REQUESTS("requests", MetricKind.COUNT, "requests sent during the run"),
        ERRORS("errors", MetricKind.COUNT, "requests that failed or got no successful response"),
        ERROR_RATE("errorRate", MetricKind.RATIO, "errors divided by requests, from 0 to 1"),
        GC_PAUSE_COUNT("gcPause.count", MetricKind.COUNT, "stop-the-world GC pauses during the run"),
        GC_PAUSE_P99("gcPause.p99", MetricKind.TIME_MS, "the 99th percentile of GC pause times, in milliseconds"),
        GC_PAUSE_MAX("gcPause.max", MetricKind.TIME_MS, "the longest GC pause, in milliseconds"),
        GC_CYCLES("gcCycles", MetricKind.COUNT, "GC cycles completed during the run"),
        GC_CYCLES_PER_1K_REQUESTS("gcCyclesPer1kRequests", MetricKind.COUNT, "GC cycles per thousand requests"),
        ALLOC_BYTES_PER_REQUEST("allocBytesPerRequest", MetricKind.BYTES, "heap bytes allocated per request"),
        MALLOCS_PER_REQUEST("mallocsPerRequest", MetricKind.COUNT, "heap objects allocated per request"),
        IN_FLIGHT_PEAK("requests.inFlightPeak", MetricKind.COUNT, "the most requests in flight inside the service, sampled once a second"),
        HEAP_IN_USE("heap.inUse", MetricKind.BYTES, "Go heap bytes in use at the end of the load, after a forced GC where the service exposes pprof: what it retains"),
        MEMORY_PEAK("memory.peak", MetricKind.BYTES, "the highest memory use of the target's container"),
        MEMORY_LIMIT("memory.limit", MetricKind.BYTES, "the hard memory limit of the target's container"),
        MEMORY_PEAK_RATIO("memory.peakRatio", MetricKind.RATIO, "memory.peak divided by memory.limit"),
        OOM_KILLED("oomKilled", MetricKind.BOOLEAN, "whether the target was killed for running out of memory"),
        STEADY_STATE_BEFORE("steadyState.before", MetricKind.BOOLEAN, "whether the steady-state hypothesis held before the faults"),
        STEADY_STATE_AFTER("steadyState.after", MetricKind.BOOLEAN, "whether the steady-state hypothesis held after the faults were reverted");

        private final String text;
        private final MetricKind kind;
        private final String description;

        Named(String text, MetricKind kind, String description) {
            this.text = text;
            this.kind = kind;
            this.description = description;
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
        public String description() {
            return description;
        }
    }
}
