package dev.memchaos.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A service the target calls, started next to it. The harness gives the target its address in
 * {@link #URL_ENV}, so network faults can sit between the two.
 */
public record Downstream(String image, int port, String path, ByteSize memory, Map<String, String> env) {

    public static final int DEFAULT_PORT = 8080;
    public static final String DEFAULT_PATH = "/healthz";
    public static final ByteSize DEFAULT_MEMORY = ByteSize.ofMiB(64);
    /** The environment variable of the target that the harness sets to the downstream's URL. */
    public static final String URL_ENV = "DOWNSTREAM_URL";

    public Downstream {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(memory, "memory");
        env = Collections.unmodifiableMap(new LinkedHashMap<>(env));
    }
}
