package dev.memchaos.scenario;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Checks and wording shared by the {@link FaultSpec} types. */
final class Faults {

    private Faults() {
    }

    static void requireStart(Duration at) {
        Objects.requireNonNull(at, "at");
        if (at.isNegative()) {
            throw new IllegalArgumentException("a fault cannot start before the load, got at " + at);
        }
    }

    static void requireTimed(Duration at, Duration duration) {
        requireStart(at);
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("a fault must last longer than zero, got " + duration);
        }
    }

    /** " from 10s for 20s" */
    static String span(Duration at, Duration duration) {
        return " from " + DurationText.format(at) + " for " + DurationText.format(duration);
    }

    /** An unmodifiable map in the order given: name, value, name, value… */
    static Map<String, Object> params(Object... namesAndValues) {
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(params);
    }
}
