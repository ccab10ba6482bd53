package dev.memchaos.metrics;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The GC over one load window as one source saw it: stop-the-world pauses (two per cycle), their 99th percentile
 * and longest in seconds (empty when there was no pause, or the source cannot tell), and completed cycles.
 */
public record GcFigures(GcSource source, double pauses, OptionalDouble p99Seconds, OptionalDouble maxSeconds,
                        OptionalDouble cycles) {

    /** Every Go GC cycle (since Go 1.5) stops the world twice: sweep termination and mark termination. */
    public static final int PAUSES_PER_CYCLE = 2;

    public GcFigures {
        Objects.requireNonNull(source, "source");
        p99Seconds = finite(p99Seconds);
        maxSeconds = finite(maxSeconds);
    }

    private static OptionalDouble finite(OptionalDouble value) {
        return value.isPresent() && Double.isFinite(value.getAsDouble()) ? value : OptionalDouble.empty();
    }

    /** From the runtime/metrics pause histogram's difference over the window. */
    static GcFigures fromHistogram(Histogram pauses, OptionalDouble cycles) {
        return new GcFigures(GcSource.RUNTIME_METRICS, pauses.count(), OptionalDouble.of(pauses.quantile(0.99)),
                OptionalDouble.of(pauses.maxUpperBound()), cycles);
    }
}
