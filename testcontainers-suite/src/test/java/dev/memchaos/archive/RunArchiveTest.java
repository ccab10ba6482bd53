package dev.memchaos.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.memchaos.journal.RunId;
import dev.memchaos.journal.Summary;
import dev.memchaos.scenario.Metric;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunArchiveTest {

    @TempDir
    Path results;

    private static Summary summary(String runId, String status) {
        return new Summary(runId, "parse-1200-keys", "docker", "2026-11-21T20:00:00Z", null, status, null, null,
                Harnesses.current(), 7L, null, null, List.of());
    }

    @Test
    void aRunWritesItsOwnFolderAndTheSummaryReadsBack() throws IOException {
        RunId id = new RunId("20261121-200000-parse-1200-keys-abcdef");
        RunArchive archive = RunArchive.create(results, id);

        archive.writeScenario("name: parse-1200-keys\n");
        archive.writeSummary(summary(id.value(), Summary.RUNNING));
        try (Stream<Path> files = Files.list(archive.dir())) {
            assertThat(files.map(p -> p.getFileName().toString())).as("while running: no report yet")
                    .containsExactlyInAnyOrder("scenario.yaml", "summary.json");
        }
        archive.writeSummary(summary(id.value(), Summary.COMPLETED));

        assertThat(archive.dir()).isEqualTo(results.resolve(id.value()).toAbsolutePath());
        assertThat(RunArchive.readSummary(archive.dir().resolve(RunArchive.SUMMARY)).status()).isEqualTo(Summary.COMPLETED);
        assertThat(archive.dir().resolve(RunArchive.SCENARIO)).hasContent("name: parse-1200-keys\n");
        try (Stream<Path> files = Files.list(archive.dir())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("scenario.yaml", "summary.json", "report.html", "assets");
        }
        assertThat(results.resolve("index.html")).isNotEmptyFile();
        assertThat(results.resolve("assets").resolve("echarts.min.js")).isNotEmptyFile();
    }

    @Test
    void theScenariosOwnFilesAreCopiedBesideItAtTheirRelativePaths(@TempDir Path scenarioFolder) throws IOException {
        Files.createDirectories(scenarioFolder.resolve("payloads"));
        Files.writeString(scenarioFolder.resolve("payloads/big.json"), "{\"big\": true}");
        Files.writeString(scenarioFolder.resolve("users.csv"), "id\n1\n");
        RunArchive archive = RunArchive.create(results, new RunId("20261121-200000-http-abcdef"));

        archive.writeScenario("name: http\n", Map.of("payloads/big.json", scenarioFolder.resolve("payloads/big.json"),
                "users.csv", scenarioFolder.resolve("users.csv")));

        assertThat(archive.dir().resolve("payloads/big.json")).hasContent("{\"big\": true}");
        assertThat(archive.dir().resolve("users.csv")).hasContent("id\n1\n");
        assertThat(archive.dir().resolve(RunArchive.SCENARIO)).hasContent("name: http\n");
        Files.writeString(scenarioFolder.resolve("summary.json"), "{}");
        assertThatThrownBy(() -> archive.writeScenario("name: http\n",
                Map.of("summary.json", scenarioFolder.resolve("summary.json"))))
                .hasMessageContaining("the run's archive uses that name");
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
    void theSummaryCarriesEveryMetricOfTheCatalogByItsName() throws IOException {
        Map<String, Double> metrics = new LinkedHashMap<>();
        Metric.catalog().forEach(m -> metrics.put(m.text(), null));
        metrics.put("p(99)", 3.0);
        metrics.put("errorRate", 0.01);
        RunArchive archive = RunArchive.create(results, new RunId("r1"));
        archive.writeSummary(new Summary("r1", "s", "docker", "t", "t2", Summary.COMPLETED, "pass", null, Harnesses.current(), 42L,
                null, new Summary.Baseline("last-pass", "r0", null), List.of(new Summary.VariantSummary("sized", "pass",
                        new Summary.Image("memchaos/mapsvc:local", "sha256:abc"), metrics,
                        List.of(new Summary.CheckSummary("n", "t", "a", true, "w")),
                        List.of(new Summary.ChaosSummary("kill", 1.0, 1.5, Map.of("restart", true), Map.of("recoveryS", 0.4), null)),
                        null, "gatling/sized/index.html", null))));

        String json = Files.readString(archive.dir().resolve(RunArchive.SUMMARY));
        Summary back = RunArchive.readSummary(archive.dir().resolve(RunArchive.SUMMARY));

        assertThat(json).contains("\"runId\"", "\"scenario\"", "\"backend\"", "\"status\"", "\"verdict\"", "\"seed\" : 42",
                "\"baseline\"", "\"replayOf\"", "\"image\"", "\"metrics\"", "\"errorRate\" : 0.01", "\"heap.inUse\" : null",
                "\"requests.inFlightPeak\"", "\"memory.peakRatio\"", "\"steadyState.before\"", "\"checks\"", "\"chaos\"");
        assertThat(back.variants().get(0).metrics().keySet())
                .containsExactlyElementsOf(Metric.catalog().stream().map(Metric::text).toList());
        assertThat(back.variants().get(0).value(new Metric.Percentile(99))).hasValue(3.0);
        assertThat(back.variants().get(0).value(Metric.Named.HEAP_IN_USE)).isEmpty();
    }

    @Test
    void aRunningRunWhoseHarnessIsGoneIsMarkedAbandonedAndOneStillAliveIsNot() throws IOException {
        ResultsFolder folder = new ResultsFolder(results);
        RunArchive gone = folder.create(new RunId("20261121-200000-gone-000001"));
        Summary.Harness dead = deadHarness();
        gone.writeSummary(summary("20261121-200000-gone-000001", Summary.RUNNING).withHarness(dead));
        RunArchive alive = folder.create(new RunId("20261121-200001-alive-000002"));
        alive.writeSummary(summary("20261121-200001-alive-000002", Summary.RUNNING));

        assertThat(folder.markAbandoned()).containsExactly("20261121-200000-gone-000001");

        Summary abandoned = RunArchive.readSummary(gone.dir().resolve(RunArchive.SUMMARY));
        assertThat(abandoned.status()).isEqualTo(Summary.ABANDONED);
        assertThat(abandoned.error()).contains("abandoned", "pid " + dead.pid());
        assertThat(gone.dir().resolve("report.html")).isNotEmptyFile();
        assertThat(RunArchive.readSummary(alive.dir().resolve(RunArchive.SUMMARY)).status()).isEqualTo(Summary.RUNNING);
        assertThat(folder.markAbandoned()).as("a second sweep finds nothing new").isEmpty();
    }

    @Test
    void damagedFoldersAreListedAsSuchAndTheIndexStillRenders() throws IOException {
        ResultsFolder folder = new ResultsFolder(results);
        folder.create(new RunId("20261121-200000-ok-000001")).writeSummary(summary("20261121-200000-ok-000001", Summary.COMPLETED));
        Files.createDirectories(results.resolve("20261121-200001-empty-000002"));
        Files.createDirectories(results.resolve("20261121-200002-broken-000003"));
        Files.writeString(results.resolve("20261121-200002-broken-000003").resolve("summary.json"), "{\"runId\": \"20261121-2");
        Files.createDirectories(results.resolve("20261121-200003-hollow-000004"));
        Files.writeString(results.resolve("20261121-200003-hollow-000004").resolve("summary.json"), "{}");

        List<ArchivedRun> runs = folder.runs();
        folder.writeIndex();

        assertThat(runs).extracting(ArchivedRun::folder).containsExactly("20261121-200003-hollow-000004",
                "20261121-200002-broken-000003", "20261121-200001-empty-000002", "20261121-200000-ok-000001");
        assertThat(runs.get(0).damage()).startsWith("summary.json lacks");
        assertThat(runs.get(1).damage()).startsWith("summary.json cannot be read");
        assertThat(runs.get(2).damage()).startsWith("no summary.json");
        assertThat(Files.readString(results.resolve("index.html"))).contains("no summary.json", "summary.json cannot be read");
    }

    @Test
    void lastPassIsTheNewestCompletedPassingRunOfTheScenarioOnTheBackend() throws IOException {
        ResultsFolder folder = new ResultsFolder(results);
        write(folder, "20261121-200000-a-000001", "parse", "docker", "pass");
        write(folder, "20261121-200001-a-000002", "parse", "docker", "pass");
        write(folder, "20261121-200002-a-000003", "parse", "docker", "fail");
        write(folder, "20261121-200003-a-000004", "parse", "k3s", "pass");
        write(folder, "20261121-200004-a-000005", "other", "docker", "pass");

        assertThat(folder.lastPass("parse", "docker")).map(Summary::runId).hasValue("20261121-200001-a-000002");
        assertThat(folder.lastPass("parse", "k3s")).map(Summary::runId).hasValue("20261121-200003-a-000004");
        assertThat(folder.lastPass("nothing", "docker")).isEmpty();
        assertThat(folder.summary("../escape")).isEmpty();
    }

    @Test
    void runIdsAreSafeFolderNamesAndDistinct() {
        assertThat(RunId.next("parse-1200-keys").value()).matches("\\d{8}-\\d{6}-parse-1200-keys-[0-9a-f]{6}");
        assertThat(RunId.next("x")).isNotEqualTo(RunId.next("x"));
        assertThatThrownBy(() -> new RunId("../escape")).isInstanceOf(IllegalArgumentException.class);
    }

    private static void write(ResultsFolder folder, String id, String scenario, String backend, String verdict) throws IOException {
        folder.create(new RunId(id)).writeSummary(new Summary(id, scenario, backend, "2026-11-21T20:00:00Z", "2026-11-21T20:01:00Z",
                Summary.COMPLETED, verdict, null, Harnesses.current(), 1L, null, null, List.of()), false);
    }

    /** A harness that cannot be alive: a process that has already exited. */
    private static Summary.Harness deadHarness() {
        try {
            Process p = new ProcessBuilder("true").start();
            p.waitFor();
            Summary.Harness me = Harnesses.current();
            return new Summary.Harness(p.pid(), p.info().startInstant().map(Object::toString).orElse("2026-01-01T00:00:00Z"), me.host());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
