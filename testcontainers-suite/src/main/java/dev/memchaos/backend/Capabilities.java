package dev.memchaos.backend;

import java.util.Set;

/** The fault types a backend can inject, by their scenario names (e.g. {@code memory-pressure}). */
public record Capabilities(Set<String> faultTypes) {

    public Capabilities {
        faultTypes = Set.copyOf(faultTypes);
    }
}
