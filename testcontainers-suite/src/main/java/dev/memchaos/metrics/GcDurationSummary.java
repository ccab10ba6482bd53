package dev.memchaos.metrics;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * client_golang's default {@code go_gc_duration_seconds} summary at one scrape: its count is the runtime's GC cycles
 * so far ({@code NumGC}), its sum their total pause, and its quantiles (0, 0.25, 0.5, 0.75, 1) are over the total
 * stop-the-world time of each of the last 256 cycles ({@code debug.ReadGCStats}), whenever those ran.
 */
public record GcDurationSummary(double cycles, double sumSeconds, OptionalDouble maxSeconds) {

    static final String NAME = "go_gc_duration_seconds";

    static Optional<GcDurationSummary> from(List<Sample> samples) {
        Double count = null;
        double sum = 0;
        OptionalDouble max = OptionalDouble.empty();
        for (Sample s : samples) {
            if (s.name().equals(NAME + "_count") && s.labels().isEmpty()) {
                count = s.value();
            } else if (s.name().equals(NAME + "_sum") && s.labels().isEmpty()) {
                sum = s.value();
            } else if (s.name().equals(NAME) && s.labels().size() == 1 && isOne(s.labels().get("quantile"))) {
                max = OptionalDouble.of(s.value());
            }
        }
        return count == null ? Optional.empty() : Optional.of(new GcDurationSummary(count, sum, max));
    }

    private static boolean isOne(String quantile) {
        try {
            return quantile != null && Double.parseDouble(quantile) == 1.0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * The coarse figures over a window from {@code earlier} to this scrape: cycles are the count's difference,
     * pauses twice that; p99 and max are this scrape's {@code quantile="1"}, the longest per-cycle pause total of
     * the last 256 cycles (an upper bound of every pause of the window when it had at most 256 cycles).
     */
    GcFigures since(GcDurationSummary earlier) {
        double cycles = Math.max(0, this.cycles - earlier.cycles);
        OptionalDouble bound = cycles > 0 ? maxSeconds : OptionalDouble.empty();
        return new GcFigures(GcSource.GC_DURATION_SUMMARY, cycles * GcFigures.PAUSES_PER_CYCLE, bound, bound,
                OptionalDouble.of(cycles));
    }
}
