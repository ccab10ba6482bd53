package dev.memchaos.junit;

import java.nio.file.Path;

/** Where this module's tests archive their runs. */
final class ScenarioRunResults {

    static final Path FOLDER = Path.of("target", "memchaos-results-it");

    private ScenarioRunResults() {
    }
}
