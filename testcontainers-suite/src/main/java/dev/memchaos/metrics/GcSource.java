package dev.memchaos.metrics;

import java.util.Arrays;
import java.util.Optional;

/** Where a variant's GC figures came from, in order of preference: the first one a target offers is used. */
public enum GcSource {
    /** The runtime's pause histogram, as client_golang exposes runtime/metrics: every pause, bucketed. */
    RUNTIME_METRICS("runtime/metrics"),
    /** The lines {@code GODEBUG=gctrace=1} makes the runtime write to stderr: every cycle, to two significant digits. */
    GCTRACE("gctrace"),
    /** client_golang's default {@code go_gc_duration_seconds} summary: cycles counted, pauses only as an upper bound. */
    GC_DURATION_SUMMARY("go_gc_duration_seconds (coarse)");

    private final String label;

    GcSource(String label) {
        this.label = label;
    }

    /** The name the summary, the report and the table show. */
    public String label() {
        return label;
    }

    public static Optional<GcSource> byLabel(String label) {
        return Arrays.stream(values()).filter(s -> s.label.equals(label)).findFirst();
    }
}
