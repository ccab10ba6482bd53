package dev.memchaos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memchaos.archive.RunArchive;
import dev.memchaos.journal.Summary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code memchaos run --baseline}, {@code replay} and {@code archive} as a user runs them: the
 * packaged jar in its own process, against the real Docker engine.
 */
class ArchiveCommandsIT {

    private static final Path JAR = Path.of("target", "memchaos.jar").toAbsolutePath();

    @TempDir
    Path dir;

    private static String scenario(String sizing) {
        return """
                name: baseline-gate
                target:
                  image: memchaos/mapsvc:local
                  memory: 128MiB
                  env: {MAP_SIZING: %s}
                variants:
                  - name: only
                load:
                  simulation: parse
                  keys: 1200
                  rate: 40/s
                  duration: 6s
                thresholds:
                  - "errors == 0"
                regression:
                  allocBytesPerRequest: 10%%
                """.formatted(sizing);
    }

    @Test
    void aRegressionAgainstTheBaselineFailsTheRunAndAReplayRunsTheArchivedScenarioAgain() throws Exception {
        Path sized = Files.writeString(dir.resolve("sized.yaml"), scenario("sized"));
        Run first = memchaos("run", sized.toString());
        assertThat(first.exit()).as("the baseline run passes: %s", first.err()).isZero();
        String baselineId = onlyRun().getFileName().toString();

        Path unsized = Files.writeString(dir.resolve("unsized.yaml"), scenario("unsized"));
        Run regressed = memchaos("run", unsized.toString(), "--baseline", "last-pass");

        assertThat(regressed.exit()).as("a map without its size hint allocates more per request: %s", regressed.out()).isEqualTo(1);
        Summary gated = newest(baselineId);
        assertThat(gated.baseline().runId()).isEqualTo(baselineId);
        assertThat(gated.verdict()).isEqualTo("fail");
        assertThat(gated.variants().get(0).checks()).anySatisfy(c -> {
            assertThat(c.name()).startsWith("regression allocBytesPerRequest [only] vs " + baselineId);
            assertThat(c.pass()).isFalse();
            assertThat(c.why()).contains("beyond the 10% tolerance");
        });
        assertThat(regressed.out()).contains("compared with run " + baselineId, "✗ regression allocBytesPerRequest");
        assertThat(Files.readString(dir.resolve("results").resolve(gated.runId()).resolve("report.html")))
                .contains("beyond the 10% tolerance", "../" + baselineId + "/report.html");

        Run replay = memchaos("replay", baselineId);
        assertThat(replay.exit()).as("the replay of the passing run: %s", replay.err()).isZero();
        Summary replayed = newest(baselineId, gated.runId());
        assertThat(replayed.replayOf()).isEqualTo(baselineId);
        assertThat(replayed.seed()).isEqualTo(RunArchive.readSummary(dir.resolve("results").resolve(baselineId).resolve("summary.json")).seed());
        assertThat(Files.readString(dir.resolve("results").resolve(replayed.runId()).resolve(RunArchive.SCENARIO)))
                .isEqualTo(scenario("sized"));
        assertThat(replay.err()).contains("replaying run " + baselineId);

        Run missing = memchaos("run", sized.toString(), "--baseline", "20200101-000000-nothing-000000");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("--baseline: there is no run 20200101-000000-nothing-000000", "nothing was started");
    }

    @Test
    void aRunKilledWithSigkillIsAbandonedAfterTheNextArchive() throws Exception {
        Path scenario = Files.writeString(dir.resolve("long.yaml"), scenario("sized").replace("duration: 6s", "duration: 60s"));
        Process harness = start(List.of("run", scenario.toString()));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!Files.readString(dir.resolve("err.txt")).contains("load: ")) {
            assertThat(harness.isAlive()).isTrue();
            assertThat(Instant.now()).isBefore(deadline);
            Thread.sleep(200);
        }
        harness.destroyForcibly();
        assertThat(harness.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Path run = onlyRun();
        assertThat(RunArchive.readSummary(run.resolve("summary.json")).status()).isEqualTo(Summary.RUNNING);

        Run archive = memchaos("archive");

        assertThat(archive.exit()).isZero();
        Summary after = RunArchive.readSummary(run.resolve("summary.json"));
        assertThat(after.status()).isEqualTo(Summary.ABANDONED);
        assertThat(after.error()).contains("stopped before it finished");
        assertThat(run.resolve("report.html")).isNotEmptyFile();
        assertThat(Files.readString(dir.resolve("results").resolve("index.html"))).contains("abandoned");
        assertThat(archive.err()).contains("abandoned: " + run.getFileName());
    }

    private record Run(int exit, String out, String err) {
    }

    private Run memchaos(String... args) throws Exception {
        Process p = start(List.of(args));
        assertThat(p.waitFor(240, TimeUnit.SECONDS)).as("memchaos %s finishes", String.join(" ", args)).isTrue();
        return new Run(p.exitValue(), Files.readString(dir.resolve("out.txt")), Files.readString(dir.resolve("err.txt")));
    }

    private Process start(List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens", "java.base/java.lang=ALL-UNNAMED", "-jar", JAR.toString()));
        command.addAll(args);
        command.addAll(List.of("--results", dir.resolve("results").toString()));
        if (args.get(0).equals("run") || args.get(0).equals("replay")) {
            // About the archive, not latencies: the generator's warm-up keeps the 8 s it had before it went on until
            // the JIT was quiet (up to 40 s per run), which keeps mvn verify short.
            command.addAll(List.of("--warm-up", "8s"));
        }
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        pb.environment().put("TESTCONTAINERS_RYUK_DISABLED", "true");
        return pb.start();
    }

    private Path onlyRun() throws IOException {
        try (Stream<Path> runs = Files.list(dir.resolve("results"))) {
            List<Path> folders = runs.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().equals("assets")).toList();
            assertThat(folders).hasSize(1);
            return folders.get(0);
        }
    }

    private Summary newest(String... except) throws IOException {
        try (Stream<Path> runs = Files.list(dir.resolve("results"))) {
            Path newest = runs.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().equals("assets"))
                    .filter(p -> !List.of(except).contains(p.getFileName().toString())).sorted().reduce((a, b) -> b).orElseThrow();
            return RunArchive.readSummary(newest.resolve("summary.json"));
        }
    }
}
