package dev.memchaos.scenario;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads {@code target.downstream}: the service the target calls. */
final class DownstreamReader {

    private static final List<String> FIELDS = List.of("image", "port", "path", "memory", "env");

    private DownstreamReader() {
    }

    static Optional<Downstream> read(YamlObject downstream) {
        downstream.allowOnly(FIELDS);
        Optional<String> image = downstream.required("image",
                "the container image of the service the target calls, like memchaos/mapsvc:local", FieldValues::image);
        int port = downstream.optional("port", FieldValues::port).orElse(Downstream.DEFAULT_PORT);
        String path = downstream.optional("path", FieldValues::urlPath).orElse(Downstream.DEFAULT_PATH);
        ByteSize memory = downstream.optional("memory", ByteSize::parse).orElse(Downstream.DEFAULT_MEMORY);
        Map<String, String> env = downstream.textMap("env");
        return image.map(i -> new Downstream(i, port, path, memory, env));
    }
}
