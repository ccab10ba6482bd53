package dev.memchaos.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.memchaos.archive.RunArchive;
import dev.memchaos.archive.Summary;
import dev.memchaos.backend.docker.DockerBackend;
import dev.memchaos.backend.docker.DockerEnvironment;
import dev.memchaos.backend.docker.RunLabels;
import dev.memchaos.run.Progress;
import dev.memchaos.run.RunId;
import dev.memchaos.run.RunOutcome;
import dev.memchaos.run.ScenarioRunner;
import dev.memchaos.scenario.Scenario;
import dev.memchaos.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The walking skeleton end to end: parse-1200-keys, both variants, in Docker, judged and archived. */
class ParseScenarioIT {

    private final Path home = Path.of(System.getProperty("memchaos.home", "..")).toAbsolutePath().normalize();

    @Test
    void parse1200KeysHoldsItsThresholdsAndIsArchived() throws Exception {
        Scenario scenario = ScenarioLoader.load(home.resolve("chaos-scenarios/parse-1200-keys.yaml"));
        RunId runId = RunId.next(scenario.name());
        RunArchive archive = RunArchive.create(home.resolve("results"), runId);

        RunOutcome outcome;
        try (DockerBackend backend = new DockerBackend(runId)) {
            outcome = new ScenarioRunner(backend, archive, Progress.toStderr()).run(scenario, runId);
        }

        assertThat(DockerEnvironment.client().listContainersCmd().withShowAll(true)
                .withLabelFilter(List.of(RunLabels.RUN + "=" + runId.value())).exec())
                .as("containers of run %s left behind", runId).isEmpty();

        Summary summary = RunArchive.readSummary(archive.dir().resolve(RunArchive.SUMMARY));
        assertThat(summary.status()).isEqualTo(Summary.COMPLETED);
        assertThat(summary.backend()).isEqualTo("docker");
        assertThat(archive.dir().resolve(RunArchive.SCENARIO)).hasContent(scenario.source());
        assertThat(summary.variants()).extracting(Summary.VariantSummary::name).containsExactly("unsized", "sized");
        for (Summary.VariantSummary v : summary.variants()) {
            assertThat(v.requests()).as("%s requests", v.name()).isPositive();
            assertThat(v.gcPause().count()).as("%s GC pauses during the load", v.name()).isNotNull().isPositive();
            assertThat(v.memory().peakBytes()).as("%s peak memory", v.name()).isNotNull()
                    .isPositive().isLessThan(v.memory().limitBytes());
            assertThat(v.gatlingReport()).as("%s Gatling report", v.name()).isNotNull();
            assertThat(Files.exists(archive.dir().resolve(v.gatlingReport()))).isTrue();
        }

        assertTrue(outcome.verdict().pass(),
                () -> "parse-1200-keys failed its thresholds (measured vs threshold):\n" + outcome.verdict().explainFailures()
                        + "\narchive: " + archive.dir());
    }
}
