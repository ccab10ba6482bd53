package dev.memchaos.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.memchaos.journal.Summary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The long scenarios of chaos-scenarios/nightly/, run only by the nightly profile. */
class SoakIT {

    static List<String> soaks() throws IOException {
        try (Stream<Path> files = Files.list(CatalogRun.HOME.resolve("chaos-scenarios/nightly"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> "nightly/" + n.replace(".yaml", "")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("soaks")
    void holdsItsDocumentedExpectations(String name) throws Exception {
        CatalogRun run = CatalogRun.of(name);

        for (Summary.VariantSummary v : run.summary().variants()) {
            assertThat(v.chaos()).as("%s chaos records", v.name()).hasSize(run.scenario().faults().size())
                    .allSatisfy(f -> assertThat(f.error()).isNull());
        }
        assertTrue(run.outcome().verdict().pass(), () -> run.failures(name));
    }
}
