package dev.memchaos.simulations;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A whole-number parameter of a named workload: its range, its default (absent: a scenario must give it), and the
 * system property it travels in to the Gatling simulation. The one place its default is written.
 */
public record Parameter(String name, String description, int min, int max, OptionalInt defaultValue, String property) {

    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(property, "property");
        if (min > max) {
            throw new IllegalArgumentException("parameter " + name + " has min " + min + " above max " + max);
        }
        defaultValue.ifPresent(d -> {
            if (d < min || d > max) {
                throw new IllegalArgumentException("parameter " + name + " defaults to " + d + ", outside " + min + ".." + max);
            }
        });
    }

    /** A parameter with a default, in {@code memchaos.<name>}. */
    public static Parameter of(String name, String description, int min, int max, int defaultValue) {
        return new Parameter(name, description, min, max, OptionalInt.of(defaultValue), "memchaos." + name);
    }

    /** The value written in a scenario, checked against the range; the message is a sentence for the user. */
    public int parse(String text) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("expected a whole number from " + min + " to " + max + ", got " + text);
    }

    /** The value the simulation runs with: its system property, or the default. */
    public int value() {
        String text = System.getProperty(property);
        if (text == null) {
            return defaultValue.orElseThrow(() -> new IllegalArgumentException(
                    "set -D" + property + ": " + description + ", from " + min + " to " + max));
        }
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(property + ": " + e.getMessage(), e);
        }
    }
}
