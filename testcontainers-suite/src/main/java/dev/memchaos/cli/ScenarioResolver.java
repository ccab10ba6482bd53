package dev.memchaos.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds a scenario file from a path or a catalog name ({@code parse-1200-keys} → {@code chaos-scenarios/parse-1200-keys.yaml});
 * a name that cannot be a path is an {@link ArgumentException}.
 */
final class ScenarioResolver {

    static final String EMPTY = "an empty scenario name was given; give a scenario file such as"
            + " chaos-scenarios/parse-1200-keys.yaml, or a name from chaos-scenarios/ such as parse-1200-keys";

    private final Path home;

    ScenarioResolver(Path home) {
        this.home = home;
    }

    Path resolve(String nameOrPath) {
        Path asPath = PathArgument.of(nameOrPath, EMPTY);
        if (Files.exists(asPath) || nameOrPath.endsWith(".yaml") || nameOrPath.endsWith(".yml")) {
            return asPath;
        }
        return home.resolve("chaos-scenarios").resolve(nameOrPath + ".yaml");
    }

    /** The memchaos checkout: {@code -Dmemchaos.home}, else {@code MEMCHAOS_HOME}, else the working directory. */
    static Path home() {
        String configured = System.getProperty("memchaos.home", System.getenv("MEMCHAOS_HOME"));
        if (configured == null || configured.isBlank()) {
            return Path.of(".").toAbsolutePath().normalize();
        }
        try {
            return PathArgument.of(configured, "").toAbsolutePath().normalize();
        } catch (ArgumentException e) {
            throw new ArgumentException("memchaos.home (-Dmemchaos.home or MEMCHAOS_HOME): " + e.getMessage());
        }
    }
}
