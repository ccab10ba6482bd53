package dev.memchaos.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The service under test: its image, port, hard memory limit, probe paths, environment, what it calls and the
 * names of its own Prometheus series.
 */
public record TargetSpec(String image, int port, ByteSize memory, String healthPath, String metricsPath,
                         Map<String, String> env, Optional<Downstream> downstream, TargetMetrics metrics) {

    public static final int DEFAULT_PORT = 8080;
    public static final String DEFAULT_HEALTH_PATH = "/healthz";
    public static final String DEFAULT_METRICS_PATH = "/metrics";

    public TargetSpec {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(healthPath, "healthPath");
        Objects.requireNonNull(metricsPath, "metricsPath");
        Objects.requireNonNull(downstream, "downstream");
        Objects.requireNonNull(metrics, "metrics");
        env = Collections.unmodifiableMap(new LinkedHashMap<>(env));
    }

    /** A target that calls no downstream. */
    public TargetSpec(String image, int port, ByteSize memory, String healthPath, String metricsPath,
                      Map<String, String> env) {
        this(image, port, memory, healthPath, metricsPath, env, Optional.empty(), TargetMetrics.DEFAULTS);
    }

    /** The same target with another environment (the harness adds to it, e.g. GODEBUG=gctrace=1). */
    public TargetSpec withEnv(Map<String, String> newEnv) {
        return new TargetSpec(image, port, memory, healthPath, metricsPath, newEnv, downstream, metrics);
    }

    TargetSpec with(Map<String, String> extraEnv, ByteSize newMemory) {
        Map<String, String> merged = new LinkedHashMap<>(env);
        merged.putAll(extraEnv);
        return new TargetSpec(image, port, newMemory, healthPath, metricsPath, merged, downstream, metrics);
    }
}
