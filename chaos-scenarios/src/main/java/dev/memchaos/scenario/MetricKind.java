package dev.memchaos.scenario;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** What a metric measures, which decides the literals it compares with and how its values are shown. */
public enum MetricKind {
    TIME_MS("a time", "a time like 250ms", Double.POSITIVE_INFINITY),
    BYTES("a size", "a size like 64MiB", Double.POSITIVE_INFINITY),
    COUNT("a count", "a plain number like 10", Double.POSITIVE_INFINITY),
    RATIO("a ratio from 0 to 1", "a number from 0 to 1 or a percentage like 5%", 1),
    BOOLEAN("true or false", "true or false", 1);

    private final String noun;
    private final String comparesWith;
    private final double highest;

    MetricKind(String noun, String comparesWith, double highest) {
        this.noun = noun;
        this.comparesWith = comparesWith;
        this.highest = highest;
    }

    /** The least value a metric of this kind takes: every metric is zero or more. */
    public double lowest() {
        return 0;
    }

    /** The greatest value a metric of this kind takes: 1 for a ratio or a boolean, else no bound. */
    public double highest() {
        return highest;
    }

    /** What a value of this kind is, e.g. "a time". */
    public String noun() {
        return noun;
    }

    /** The fixed values a metric of this kind compares with, e.g. "a time like 250ms". */
    public String comparesWith() {
        return comparesWith;
    }

    public String format(double value) {
        return switch (this) {
            case TIME_MS -> millis(value);
            case BYTES -> ByteSize.format(value);
            case COUNT -> plain(value);
            case RATIO -> String.format(Locale.ROOT, "%.1f%%", value * 100);
            case BOOLEAN -> value != 0 ? "true" : "false";
        };
    }

    /** Milliseconds to the microsecond, without trailing zeros past the first decimal: 180.0ms, 312.4ms, 0.512ms. */
    private static String millis(double value) {
        BigDecimal ms = BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
        return (ms.scale() < 1 ? ms.setScale(1) : ms).toPlainString() + "ms";
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
