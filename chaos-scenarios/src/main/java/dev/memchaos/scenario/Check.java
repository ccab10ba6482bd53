package dev.memchaos.scenario;

import java.util.List;
import java.util.Objects;

/**
 * The verdict of one threshold for one variant (or once, for a threshold that names its variants).
 * {@code actual} shows the measured values with units; {@code why} says in a sentence why it passed or failed.
 */
public record Check(String name, String threshold, String actual, boolean pass, String why, List<String> variants) {

    public Check {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(why, "why");
        variants = List.copyOf(variants);
    }
}
