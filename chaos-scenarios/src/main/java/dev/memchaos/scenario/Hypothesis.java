package dev.memchaos.scenario;

import java.time.Duration;
import java.util.Objects;

/**
 * The steady state: a short probe load at {@code ratePerSecond} for {@code duration}, judged by {@code checks}.
 * It is checked before the faults start and again after they are reverted.
 */
public record Hypothesis(double ratePerSecond, Duration duration, Thresholds checks) {

    public static final double DEFAULT_RATE = 10;
    public static final Duration DEFAULT_DURATION = Duration.ofSeconds(5);

    public Hypothesis {
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(checks, "checks");
        if (!(ratePerSecond > 0)) {
            throw new IllegalArgumentException("the probe rate must be above zero, got " + ratePerSecond);
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("the probe must last longer than zero, got " + duration);
        }
        if (checks.all().isEmpty()) {
            throw new IllegalArgumentException("a hypothesis needs at least one check");
        }
    }
}
