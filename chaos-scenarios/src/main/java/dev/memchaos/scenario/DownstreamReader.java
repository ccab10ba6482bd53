package dev.memchaos.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads {@code target.downstream}: the service the target calls. */
final class DownstreamReader {

    private static final List<String> FIELDS = List.of("image", "port", "path", "memory", "env", "urlEnv");

    private DownstreamReader() {
    }

    static Optional<Downstream> read(YamlObject downstream, Problems problems) {
        downstream.allowOnly(FIELDS);
        Optional<String> image = downstream.required("image",
                "the container image of the service the target calls, like memchaos/mapsvc:local", FieldValues::image);
        int port = downstream.optional("port", FieldValues::port).orElse(Downstream.DEFAULT_PORT);
        String path = downstream.optional("path", FieldValues::urlPath).orElse(Downstream.DEFAULT_PATH);
        Optional<ByteSize> memory = downstream.get("memory").isPresent()
                ? downstream.optional("memory", ByteSize::parseMemoryLimit) : Optional.of(Downstream.DEFAULT_MEMORY);
        Map<String, String> env = EnvironmentReader.read(downstream, problems);
        Optional<String> urlEnv = downstream.get("urlEnv").isPresent()
                ? downstream.optional("urlEnv", FieldValues::environmentName)
                : Optional.of(Downstream.DEFAULT_URL_ENV);
        return image.flatMap(i -> urlEnv.flatMap(u -> memory.map(m -> new Downstream(i, port, path, m, env, u))));
    }

    /**
     * The variable named in a downstream that could not be read as a whole (its other problems are reported), so
     * the target's env can still be checked against it: its {@code urlEnv} where that is a valid name, else the default.
     */
    static String urlEnvOf(Optional<JsonNode> downstream) {
        return downstream.map(d -> d.get("urlEnv")).filter(JsonNode::isTextual).map(JsonNode::asText)
                .filter(FieldValues::isEnvironmentName)
                .orElse(Downstream.DEFAULT_URL_ENV);
    }
}
