package dev.memchaos.scenario;

import java.time.Duration;
import java.util.regex.Pattern;

/** Parsers for the plain values of a scenario file; each failure message is a sentence for the user. */
final class FieldValues {

    private static final Pattern NAME = Pattern.compile("[a-z0-9-]+");
    private static final Pattern RATE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(?:/s)?");

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

    static String image(String text) {
        if (text.isBlank() || text.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("expected a container image like memchaos/mapsvc:local, got \""
                    + text + "\"");
        }
        return text;
    }

    static int port(String text) {
        try {
            int port = Integer.parseInt(text.strip());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("expected a port number from 1 to 65535, got " + text);
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

    static Duration positiveDuration(String text) {
        Duration duration = DurationText.parse(text);
        if (duration.isZero()) {
            throw new IllegalArgumentException("must be longer than zero, like 30s; got \"" + text + "\"");
        }
        return duration;
    }
}
