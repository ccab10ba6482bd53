package dev.memchaos.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.memchaos.run.RunId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunArchiveTest {

    @TempDir
    Path results;

    private static Summary summary(String runId, String status) {
        return new Summary(runId, "parse-1200-keys", "docker", "2026-11-21T20:00:00Z", null, status, null, null, List.of());
    }

    @Test
    void aRunWritesItsOwnFolderAndTheSummaryReadsBack() throws IOException {
        RunId id = new RunId("20261121-200000-parse-1200-keys-abcdef");
        RunArchive archive = RunArchive.create(results, id);

        archive.writeScenario("name: parse-1200-keys\n");
        archive.writeSummary(summary(id.value(), Summary.RUNNING));
        archive.writeSummary(summary(id.value(), Summary.COMPLETED));

        assertThat(archive.dir()).isEqualTo(results.resolve(id.value()).toAbsolutePath());
        assertThat(RunArchive.readSummary(archive.dir().resolve(RunArchive.SUMMARY)).status()).isEqualTo(Summary.COMPLETED);
        assertThat(archive.dir().resolve(RunArchive.SCENARIO)).hasContent("name: parse-1200-keys\n");
        try (Stream<Path> files = Files.list(archive.dir())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("scenario.yaml", "summary.json");
        }
    }

    @Test
    void aSecondRunNeverWritesIntoAnExistingRunFolder() throws IOException {
        RunId id = new RunId("20261121-200000-parse-1200-keys-abcdef");
        RunArchive first = RunArchive.create(results, id);
        first.writeSummary(summary(id.value(), Summary.COMPLETED));

        assertThatThrownBy(() -> RunArchive.create(results, id)).hasMessageContaining("already exists");
        assertThat(RunArchive.readSummary(first.dir().resolve(RunArchive.SUMMARY)).status()).isEqualTo(Summary.COMPLETED);
    }

    @Test
    void theSummaryKeepsTheContractNames() throws IOException {
        RunId id = new RunId("r1");
        RunArchive archive = RunArchive.create(results, id);
        archive.writeSummary(new Summary("r1", "s", "docker", "t", "t2", Summary.COMPLETED, "pass", null, List.of(
                new Summary.VariantSummary("sized", 10, 0, new Summary.LatencyMs(1.0, 2.0, 3.0, 4.0),
                        new Summary.GcPause(5L, 0.5, 1.0), 6.0, 600.0, 1000.0, 20.0,
                        new Summary.Memory(64, 32L), false,
                        List.of(new Summary.CheckSummary("n", "t", "a", true, "w")), "pass", "gatling/sized/index.html",
                        List.of(new Summary.ChaosSummary("kill", 1.0, 1.5, Map.of("restart", true), Map.of("recoveryS", 0.4), null)),
                        null))));

        String json = Files.readString(archive.dir().resolve(RunArchive.SUMMARY));

        assertThat(json).contains("\"runId\"", "\"scenario\"", "\"backend\"", "\"startedAt\"", "\"status\"", "\"verdict\"",
                "\"variants\"", "\"requests\"", "\"errors\"", "\"latencyMs\"", "\"p50\"", "\"p95\"", "\"p99\"", "\"max\"",
                "\"gcPause\"", "\"count\"", "\"p99Ms\"", "\"maxMs\"", "\"gcCycles\"", "\"allocBytesPerRequest\"",
                "\"mallocsPerRequest\"", "\"memory\"", "\"limitBytes\"", "\"peakBytes\"", "\"oomKilled\"", "\"checks\"",
                "\"name\"", "\"threshold\"", "\"actual\"", "\"pass\"", "\"chaos\"", "\"type\"", "\"startS\"", "\"endS\"",
                "\"params\"");
    }

    @Test
    void runIdsAreSafeFolderNamesAndDistinct() {
        assertThat(RunId.next("parse-1200-keys").value()).matches("\\d{8}-\\d{6}-parse-1200-keys-[0-9a-f]{6}");
        assertThat(RunId.next("x")).isNotEqualTo(RunId.next("x"));
        assertThatThrownBy(() -> new RunId("../escape")).isInstanceOf(IllegalArgumentException.class);
    }
}
