package dev.memchaos.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.memchaos.archive.RunArchive;
import dev.memchaos.journal.Summary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every chaos scenario of the catalog, run as a user runs it, must hold its documented
 * thresholds, archive its chaos timeline and leave no container behind. The nightly
 * profile repeats the catalog ({@code memchaos.catalog.repeat=3}): three runs out of three.
 * (parse-1200-keys has its own, deeper test: ParseScenarioIT.)
 */
class CatalogIT {


    static Stream<Arguments> scenarios() throws IOException {
        int repeat = Integer.getInteger("memchaos.catalog.repeat", 1);
        List<Arguments> runs = new ArrayList<>();
        try (Stream<Path> files = Files.list(CatalogRun.HOME.resolve("chaos-scenarios"))) {
            List<Path> catalog = files.filter(p -> p.toString().endsWith(".yaml"))
                    .filter(p -> !p.getFileName().toString().equals("parse-1200-keys.yaml"))
                    .sorted().toList();
            for (int attempt = 1; attempt <= repeat; attempt++) {
                for (Path file : catalog) {
                    runs.add(Arguments.of(file.getFileName().toString().replace(".yaml", ""), attempt));
                }
            }
        }
        return runs.stream();
    }

    @ParameterizedTest(name = "{0} (run {1})")
    @MethodSource("scenarios")
    void holdsItsDocumentedExpectations(String name, int attempt) throws Exception {
        CatalogRun run = CatalogRun.of(name);

        for (Summary.VariantSummary v : run.summary().variants()) {
            assertThat(v.chaos()).as("%s chaos records", v.name()).hasSize(run.scenario().faults().size());
            for (Summary.ChaosSummary fault : v.chaos()) {
                assertThat(fault.startS()).as("%s %s started", v.name(), fault.type()).isNotNull();
                assertThat(fault.endS()).as("%s %s ended", v.name(), fault.type()).isNotNull().isGreaterThanOrEqualTo(fault.startS());
            }
        }
        JsonNode timeline = new ObjectMapper().readTree(run.archive().dir().resolve(RunArchive.TIMELINE).toFile());
        for (JsonNode variant : timeline.get("variants")) {
            JsonNode memory = variant.at("/series/memory.usageBytes");
            assertThat(memory.size()).as("memory samples of %s", variant.get("name").asText()).isGreaterThanOrEqualTo(2);
            double span = memory.get(memory.size() - 1).get(0).asDouble() - memory.get(0).get(0).asDouble();
            assertThat((memory.size() - 1) / span)
                    .as("memory samples per second of %s, while its target lived", variant.get("name").asText())
                    .isGreaterThanOrEqualTo(0.8);
        }
        assertTrue(run.outcome().verdict().pass(), () -> run.failures(name + " (run " + attempt + ")"));
    }
}
