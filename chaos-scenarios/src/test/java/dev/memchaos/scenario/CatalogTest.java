package dev.memchaos.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every scenario in the catalog (and its nightly soaks) loads without a problem, and is explained in THRESHOLDS.md. */
class CatalogTest {

    private static final Path CATALOG = Path.of("").toAbsolutePath();

    static List<Path> scenarios() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.list(CATALOG), Files.list(CATALOG.resolve("nightly")))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void loadsAndIsDocumented(Path file) throws Exception {
        Scenario scenario = ScenarioLoader.load(file);

        assertThat(file.getFileName().toString()).isEqualTo(scenario.name() + ".yaml");
        String thresholdsDoc = Files.readString(CATALOG.resolve("THRESHOLDS.md"));
        assertThat(thresholdsDoc).contains("## " + scenario.name());
        for (Threshold threshold : scenario.thresholds().all()) {
            assertThat(thresholdsDoc).as("THRESHOLDS.md explains %s", threshold.text()).contains("`" + threshold.text() + "`");
        }
    }

    @Test
    void theCatalogIsNotEmpty() throws IOException {
        assertThat(scenarios()).isNotEmpty();
    }
}
