package dev.memchaos.scenario;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations written like {@code 250ms}, {@code 30s}, {@code 2m} or {@code 1h}. */
public final class DurationText {

    private static final Map<String, Long> NANOS = Map.of(
            "us", 1_000L, "ms", 1_000_000L, "s", 1_000_000_000L, "m", 60_000_000_000L, "h", 3_600_000_000_000L);
    private static final List<String> LARGEST_FIRST = List.of("h", "m", "s", "ms", "us");
    private static final Pattern TEXT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(us|ms|s|m|h)");

    private DurationText() {
    }

    /** Parses a duration of zero or more; the message of the exception is a sentence for the user. */
    public static Duration parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("expected a duration like 30s, 250ms or 2m, got \"" + text + "\"");
        }
        try {
            long nanos = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(NANOS.get(m.group(2))))
                    .setScale(0, RoundingMode.HALF_UP).longValueExact();
            return Duration.ofNanos(nanos);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("duration \"" + text + "\" is too long");
        }
    }

    /** The shortest exact text for a duration, e.g. {@code 30s}, {@code 1500ms}, {@code 2m}. */
    public static String format(Duration duration) {
        long nanos = duration.toNanos();
        if (nanos == 0) {
            return "0s";
        }
        for (String unit : LARGEST_FIRST) {
            if (nanos % NANOS.get(unit) == 0) {
                return nanos / NANOS.get(unit) + unit;
            }
        }
        return nanos + "ns";
    }
}
