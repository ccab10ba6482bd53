package dev.memchaos.scenario;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Durations written like {@code 250ms}, {@code 30s}, {@code 2m} or {@code 1h} ({@link DurationUnit}), in fields and
 * thresholds alike, from zero to {@link #MAX}.
 */
public final class DurationText {

    /**
     * The longest duration a scenario may give, for a load, its ramp, a fault's start, length or delay, a probe, a
     * threshold or a tolerance. A run is meant to end within a day (the nightly soak is two minutes per variant);
     * anything longer is a typo that would hold a machine for days, or a value no run can reach.
     */
    public static final Duration MAX = Duration.ofHours(24);

    private static final BigDecimal MAX_NANOS = BigDecimal.valueOf(MAX.toNanos());
    private static final List<DurationUnit> LARGEST_FIRST = List.of(DurationUnit.H, DurationUnit.M, DurationUnit.S,
            DurationUnit.MS, DurationUnit.US);

    private DurationText() {
    }

    /** Parses a duration from zero to {@link #MAX}; the message of the exception is a sentence for the user. */
    public static Duration parse(String text) {
        QuantityText quantity = QuantityText.of(text).orElseThrow(() -> expected(text, NumberText.hintInQuantity(text)));
        DurationUnit unit = DurationUnit.of(quantity.unit()).orElseThrow(() -> expected(text, unitHint(quantity.unit())));
        return of(quantity.number(), unit, text.strip());
    }

    /** {@code number} of {@code unit}, as {@code written}; refused beyond {@link #MAX} or finer than a nanosecond. */
    static Duration of(BigDecimal number, DurationUnit unit, String written) {
        BigDecimal nanos = unit.nanos(number);
        if (nanos.compareTo(MAX_NANOS) > 0) {
            throw new IllegalArgumentException(written + " is longer than " + format(MAX) + ", the longest duration a"
                    + " scenario may give; a run is meant to end within a day, so write " + format(MAX) + " or less");
        }
        if (nanos.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException(written + " is finer than a nanosecond; write at most three decimals"
                    + " of us");
        }
        return Duration.ofNanos(nanos.longValueExact());
    }

    private static String unitHint(String unit) {
        if (unit.equalsIgnoreCase("d")) {
            return "; write 24h for a day";
        }
        return DurationUnit.of(unit.toLowerCase(Locale.ROOT)).isPresent()
                ? "; units are written in lowercase: " + DurationUnit.ALL : "";
    }

    private static IllegalArgumentException expected(String text, String hint) {
        return new IllegalArgumentException("expected a duration like 30s, 250ms or 2m, got \"" + text + "\"" + hint);
    }

    /** The shortest exact text for a duration, e.g. {@code 30s}, {@code 1500ms}, {@code 2m}. */
    public static String format(Duration duration) {
        long nanos = duration.toNanos();
        if (nanos == 0) {
            return "0s";
        }
        for (DurationUnit unit : LARGEST_FIRST) {
            if (nanos % unit.nanos() == 0) {
                return nanos / unit.nanos() + unit.text();
            }
        }
        return nanos + "ns";
    }
}
