package dev.memchaos.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** One way of running the target: environment laid over the target's, and optionally its own memory limit. */
public record Variant(String name, Map<String, String> env, Optional<ByteSize> memory) {

    public Variant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(memory, "memory");
        env = Collections.unmodifiableMap(new LinkedHashMap<>(env));
    }
}
