package dev.memchaos.scenario;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parsers for the plain values of a scenario file, the one definition of each field's rule; each failure message is
 * a sentence for the user. Numbers are {@link NumberText}, sizes {@link ByteSize}, durations {@link DurationText}.
 */
final class FieldValues {

    /**
     * The longest name of a scenario or variant: a DNS label's 63 characters, which a Kubernetes pod name and a host
     * name are made of, and short enough for a run id (its time stamp, the name and a suffix) to stay a file name.
     */
    static final int MAX_NAME_LENGTH = 63;

    /** More users than one load generator can drive is a typo, not a load. */
    static final int MAX_CONCURRENCY = 100_000;

    /**
     * The highest arrival rate, per second: over twice the most one memchaos generator has been measured to send on
     * these machines (38,038/s against a trivial endpoint, docs/performance.md); more is a typo, or a rate no run can
     * reach.
     */
    static final int MAX_RATE = 100_000;

    private static final Pattern NAME = Pattern.compile("[a-z0-9](?:[a-z0-9-]*[a-z0-9])?");
    private static final Pattern ENVIRONMENT_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern SIGNED_DURATION = Pattern.compile("- *[0-9].*");
    private static final Pattern RATE = Pattern.compile("(.*?) *(?:/ *s)?");
    private static final Duration MILLISECOND = Duration.ofMillis(1);

    private FieldValues() {
    }

    /** A scenario's or variant's name: a DNS label, lowercase letters, digits and dashes, at most 63 characters. */
    static String name(String text) {
        String rule = "(lowercase letters, digits and dashes, starting and ending with a letter or digit)"
                + " like parse-1200-keys";
        if (text.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("expected a name of at most " + MAX_NAME_LENGTH + " characters " + rule
                    + ", this one has " + text.length());
        }
        if (!NAME.matcher(text).matches()) {
            throw new IllegalArgumentException("expected a lowercase name of letters, digits and dashes, starting and"
                    + " ending with a letter or digit, like parse-1200-keys, got \"" + text + "\"");
        }
        return text;
    }

    static String text(String text) {
        return text;
    }

    static boolean isEnvironmentName(String text) {
        return ENVIRONMENT_NAME.matcher(text).matches();
    }

    static String environmentName(String text) {
        if (!isEnvironmentName(text)) {
            throw new IllegalArgumentException("expected an environment variable name of letters, digits and underscores,"
                    + " not starting with a digit, like DOWNSTREAM_URL, got \"" + text + "\"");
        }
        return text;
    }

    static String image(String text) {
        return ImageReference.check(text);
    }

    /** A whole number written as {@link NumberText} from {@code min} to {@code max}; empty for anything else. */
    static OptionalInt wholeNumber(String text, int min, int max) {
        Optional<BigDecimal> number = NumberText.parse(text.strip());
        if (number.isEmpty() || number.get().scale() > 0 || number.get().compareTo(BigDecimal.valueOf(min)) < 0
                || number.get().compareTo(BigDecimal.valueOf(max)) > 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(number.get().intValueExact());
    }

    /** {@link #wholeNumber}, or the sentence {@code expected}, the text and what to write instead. */
    static int wholeNumber(String text, int min, int max, String expected) {
        return wholeNumber(text, min, max).orElseThrow(
                () -> new IllegalArgumentException(expected + ", got " + text + NumberText.hint(text)));
    }

    static int port(String text) {
        return wholeNumber(text, 1, 65535, "expected a port number from 1 to 65535");
    }

    static String urlPath(String text) {
        if (!text.startsWith("/") || text.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new IllegalArgumentException("expected a path starting with / like /healthz, got \"" + text + "\"");
        }
        return text;
    }

    /** Arrivals per second, like {@code 100/s} or {@code 100}: above 0 and at most {@link #MAX_RATE}. */
    static double rate(String text) {
        Matcher m = RATE.matcher(text.strip());
        Optional<BigDecimal> rate = m.matches() ? NumberText.parse(m.group(1)) : Optional.empty();
        if (rate.isEmpty() || rate.get().signum() <= 0 || rate.get().compareTo(BigDecimal.valueOf(MAX_RATE)) > 0) {
            throw new IllegalArgumentException("expected an arrival rate above 0 and at most " + MAX_RATE
                    + "/s like 100/s, got \"" + text + "\"" + NumberText.hintInQuantity(text));
        }
        return rate.get().doubleValue();
    }

    /** Users at once, for a closed model. */
    static int concurrency(String text) {
        return wholeNumber(text, 1, MAX_CONCURRENCY).orElseThrow(() -> new IllegalArgumentException(
                "expected a whole number of users from 1 to " + MAX_CONCURRENCY + " like 16, got \"" + text + "\""
                        + NumberText.hint(text)));
    }

    /** A duration above zero, in whole milliseconds, at most {@link DurationText#MAX}. */
    static Duration positiveDuration(String text) {
        String message = "must be longer than zero, like 30s; got \"" + text + "\"";
        Duration duration = unsignedDuration(text, message);
        if (duration.isZero()) {
            throw new IllegalArgumentException(message);
        }
        return duration;
    }

    /** A duration of zero or more, in whole milliseconds, at most {@link DurationText#MAX}. */
    static Duration nonNegativeDuration(String text) {
        return unsignedDuration(text, "cannot be negative; use 0s or more, like 10s; got \"" + text + "\"");
    }

    /**
     * A duration in whole milliseconds, the resolution loads and faults are timed with (the load's properties, the
     * chaos timeline and Toxiproxy's latency all count milliseconds); {@code negative} is the message for a duration
     * written with a minus sign.
     */
    private static Duration unsignedDuration(String text, String negative) {
        String stripped = text.strip();
        if (SIGNED_DURATION.matcher(stripped).matches()) {
            throw new IllegalArgumentException(negative);
        }
        Duration duration = DurationText.parse(text);
        if (duration.toNanos() % MILLISECOND.toNanos() != 0) {
            BigDecimal millis = BigDecimal.valueOf(duration.toNanos()).movePointLeft(6);
            throw new IllegalArgumentException(stripped + " is finer than a millisecond, the resolution of loads and"
                    + " faults; write whole milliseconds, like " + millis.setScale(0, RoundingMode.FLOOR) + "ms or "
                    + millis.setScale(0, RoundingMode.CEILING) + "ms");
        }
        return duration;
    }

    static int steps(String text) {
        return wholeNumber(text, 1, FaultSpec.MemoryPressure.MAX_STEPS,
                "expected a whole number of steps from 1 to " + FaultSpec.MemoryPressure.MAX_STEPS);
    }

    /** A share above 0 and below 1, like {@code 0.5}; a percentage gets a hint. */
    static double fraction(String text) {
        String stripped = text.strip();
        String expected = "expected a fraction above 0 and below 1 like 0.5, got " + text;
        Optional<QuantityText> percent = QuantityText.of(stripped).filter(q -> q.unit().equals("%"));
        if (percent.isPresent()) {
            BigDecimal share = PercentText.share(percent.get().number());
            throw new IllegalArgumentException(share.signum() > 0 && share.compareTo(BigDecimal.ONE) < 0
                    ? expected + "; write " + share.stripTrailingZeros().toPlainString() + " for " + stripped : expected);
        }
        Optional<BigDecimal> fraction = NumberText.parse(stripped);
        if (fraction.isPresent() && fraction.get().signum() > 0 && fraction.get().compareTo(BigDecimal.ONE) < 0) {
            return fraction.get().doubleValue();
        }
        throw new IllegalArgumentException(expected + NumberText.hint(text));
    }
}
