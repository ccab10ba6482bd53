package dev.memchaos.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A service the target calls, started next to it. The harness gives the target its address, a URL like
 * {@code http://toxiproxy:8667/healthz} (a proxy in front of the downstream, then {@link #path}), in the environment
 * variable {@link #urlEnv}, so network faults can sit between the two.
 */
public record Downstream(String image, int port, String path, ByteSize memory, Map<String, String> env, String urlEnv) {

    public static final int DEFAULT_PORT = 8080;
    public static final String DEFAULT_PATH = "/healthz";
    public static final ByteSize DEFAULT_MEMORY = ByteSize.ofMiB(64);
    /** The environment variable of the target that the harness sets to the downstream's URL, unless one is named. */
    public static final String DEFAULT_URL_ENV = "DOWNSTREAM_URL";

    public Downstream {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(urlEnv, "urlEnv");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(memory, "memory");
        env = Collections.unmodifiableMap(new LinkedHashMap<>(env));
    }

    /** A downstream whose address the target finds in {@link #DEFAULT_URL_ENV}. */
    public Downstream(String image, int port, String path, ByteSize memory, Map<String, String> env) {
        this(image, port, path, memory, env, DEFAULT_URL_ENV);
    }
}
