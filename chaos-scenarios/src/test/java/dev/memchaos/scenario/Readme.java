package dev.memchaos.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The project README's examples, exactly as printed, for the tests that read them. */
final class Readme {

    private Readme() {
    }

    /** The YAML block of the README that starts with {@code startsWith}, without its fences. */
    static String yaml(String startsWith) throws IOException {
        String readme = Files.readString(Path.of("").toAbsolutePath().resolveSibling("README.md"));
        int start = readme.indexOf("```yaml\n" + startsWith);
        assertThat(start).as("the README shows a YAML example starting with %s", startsWith).isNotNegative();
        return readme.substring(start + "```yaml\n".length(), readme.indexOf("```", start + 3));
    }
}
