package dev.memchaos.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The service under test: its image, port, hard memory limit, probe paths, environment and what it calls. */
public record TargetSpec(String image, int port, ByteSize memory, String healthPath, String metricsPath,
                         Map<String, String> env, Optional<Downstream> downstream) {

    public static final int DEFAULT_PORT = 8080;
    public static final String DEFAULT_HEALTH_PATH = "/healthz";
    public static final String DEFAULT_METRICS_PATH = "/metrics";

    public TargetSpec {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(healthPath, "healthPath");
        Objects.requireNonNull(metricsPath, "metricsPath");
        Objects.requireNonNull(downstream, "downstream");
        env = Collections.unmodifiableMap(new LinkedHashMap<>(env));
    }

    /** A target that calls no downstream. */
    public TargetSpec(String image, int port, ByteSize memory, String healthPath, String metricsPath,
                      Map<String, String> env) {
        this(image, port, memory, healthPath, metricsPath, env, Optional.empty());
    }

    TargetSpec with(Map<String, String> extraEnv, ByteSize newMemory) {
        Map<String, String> merged = new LinkedHashMap<>(env);
        merged.putAll(extraEnv);
        return new TargetSpec(image, port, newMemory, healthPath, metricsPath, merged, downstream);
    }
}
