package dev.memchaos.scenario;

import java.time.Duration;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsers for the plain values of a scenario file; each failure message is a sentence for the user. */
final class FieldValues {

    private static final Pattern NAME = Pattern.compile("[a-z0-9-]+");
    private static final Pattern ENVIRONMENT_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern DURATION = Pattern.compile("\\d+(?:\\.\\d+)?\\s*(?:us|ms|s|m|h)");
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*%");
    private static final Pattern RATE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(?:/s)?");

    /** More users than one load generator can drive is a typo, not a load. */
    static final int MAX_CONCURRENCY = 100_000;

    private FieldValues() {
    }

    static String name(String text) {
        if (!NAME.matcher(text).matches()) {
            throw new IllegalArgumentException("expected a lowercase name of letters, digits and dashes"
                    + " like parse-1200-keys, got \"" + text + "\"");
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
        if (text.isBlank() || text.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("expected a container image like memchaos/mapsvc:local, got \""
                    + text + "\"");
        }
        return text;
    }

    /** A whole number written in decimal from {@code min} to {@code max}; empty for anything else. */
    static OptionalInt wholeNumber(String text, int min, int max) {
        try {
            int value = Integer.parseInt(text.strip());
            return value >= min && value <= max ? OptionalInt.of(value) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    static int port(String text) {
        return wholeNumber(text, 1, 65535).orElseThrow(
                () -> new IllegalArgumentException("expected a port number from 1 to 65535, got " + text));
    }

    static String urlPath(String text) {
        if (!text.startsWith("/") || text.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("expected a path starting with / like /healthz, got \"" + text + "\"");
        }
        return text;
    }

    static double rate(String text) {
        var m = RATE.matcher(text.strip());
        double rate = m.matches() ? Double.parseDouble(m.group(1)) : 0;
        if (rate <= 0) {
            throw new IllegalArgumentException("expected an arrival rate above zero like 100/s, got \"" + text + "\"");
        }
        return rate;
    }

    /** Users at once, for a closed model. */
    static int concurrency(String text) {
        return wholeNumber(text, 1, MAX_CONCURRENCY).orElseThrow(() -> new IllegalArgumentException(
                "expected a whole number of users from 1 to " + MAX_CONCURRENCY + " like 16, got \"" + text + "\""));
    }

    static Duration positiveDuration(String text) {
        String message = "must be longer than zero, like 30s; got \"" + text + "\"";
        Duration duration = unsignedDuration(text, message);
        if (duration.isZero()) {
            throw new IllegalArgumentException(message);
        }
        return duration;
    }

    static Duration nonNegativeDuration(String text) {
        return unsignedDuration(text, "cannot be negative; use 0s or more, like 10s; got \"" + text + "\"");
    }

    /** A duration; {@code negative} is the message for a duration written with a minus sign. */
    private static Duration unsignedDuration(String text, String negative) {
        String stripped = text.strip();
        if (stripped.startsWith("-") && DURATION.matcher(stripped.substring(1).strip()).matches()) {
            throw new IllegalArgumentException(negative);
        }
        return DurationText.parse(text);
    }

    static int steps(String text) {
        return wholeNumber(text, 1, FaultSpec.MemoryPressure.MAX_STEPS).orElseThrow(() -> new IllegalArgumentException(
                "expected a whole number of steps from 1 to " + FaultSpec.MemoryPressure.MAX_STEPS + ", got " + text));
    }

    static double fraction(String text) {
        String stripped = text.strip();
        String expected = "expected a fraction above 0 and below 1 like 0.5, got " + text;
        Matcher percent = PERCENT.matcher(stripped);
        if (percent.matches()) {
            double value = Double.parseDouble(percent.group(1));
            throw new IllegalArgumentException(value > 0 && value < 100
                    ? expected + "; write " + NumberText.exact(value / 100) + " for " + stripped : expected);
        }
        try {
            double fraction = Double.parseDouble(stripped);
            if (fraction > 0 && fraction < 1) {
                return fraction;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(expected);
    }
}
