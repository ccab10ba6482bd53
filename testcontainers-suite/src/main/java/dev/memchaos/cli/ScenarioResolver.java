package dev.memchaos.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds a scenario file from a path or a catalog name ({@code parse-1200-keys} → {@code chaos-scenarios/parse-1200-keys.yaml}). */
final class ScenarioResolver {

    private final Path home;

    ScenarioResolver(Path home) {
        this.home = home;
    }

    Path resolve(String nameOrPath) {
        Path asPath = Path.of(nameOrPath);
        if (Files.exists(asPath) || nameOrPath.endsWith(".yaml") || nameOrPath.endsWith(".yml")) {
            return asPath;
        }
        return home.resolve("chaos-scenarios").resolve(nameOrPath + ".yaml");
    }

    static Path home() {
        String configured = System.getProperty("memchaos.home", System.getenv("MEMCHAOS_HOME"));
        return Path.of(configured == null || configured.isBlank() ? "." : configured).toAbsolutePath().normalize();
    }
}
