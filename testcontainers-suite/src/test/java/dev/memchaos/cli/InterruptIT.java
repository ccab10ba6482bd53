package dev.memchaos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import dev.memchaos.archive.RunArchive;
import dev.memchaos.journal.Summary;
import dev.memchaos.backend.docker.DockerBackend;
import dev.memchaos.backend.docker.DockerEnvironment;
import dev.memchaos.backend.docker.RunLabels;
import dev.memchaos.journal.RunId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harness killed mid-fault. SIGTERM: it reverts the fault, marks the run interrupted
 * and removes its containers itself. SIGKILL: it cannot, and the next start of the
 * harness removes what it left.
 */
class InterruptIT {

    private static final Path JAR = Path.of("target", "memchaos.jar").toAbsolutePath();
    private static final String SCENARIO = """
            name: interrupt-mid-fault
            target:
              image: memchaos/mapsvc:local
              memory: 128MiB
            variants:
              - name: only
            load:
              simulation: parse
              keys: 100
              rate: 10/s
              duration: 60s
            faults:
              - type: memory-limit
                at: 1s
                duration: 50s
                fraction: 0.75
            """;

    private final DockerClient docker = DockerEnvironment.client();

    @TempDir
    Path dir;

    @Test
    void sigtermMidFaultRevertsItMarksTheRunInterruptedAndLeavesNoContainer() throws Exception {
        Process harness = startMidFault();

        harness.destroy();
        assertThat(harness.waitFor(60, TimeUnit.SECONDS)).as("the harness exits after SIGTERM").isTrue();

        Summary summary = RunArchive.readSummary(summaryFile());
        assertThat(summary.status()).isEqualTo(Summary.INTERRUPTED);
        Matcher reverted = Pattern.compile("memory-limit reverted at ([0-9.]+)s").matcher(Files.readString(dir.resolve("err.txt")));
        assertThat(reverted.find()).as("the fault is reverted").isTrue();
        assertThat(Double.parseDouble(reverted.group(1))).as("reverted by the interrupt, long before its end at 51s").isLessThan(45);
        assertThat(containersOf(summary.runId())).isEmpty();
    }

    @Test
    void afterSigkillMidFaultTheNextHarnessRemovesWhatWasLeft() throws Exception {
        Process harness = startMidFault();

        harness.destroyForcibly();
        assertThat(harness.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(dir.resolve("err.txt"))).as("killed mid-fault, before any revert").doesNotContain("reverted");
        String runId = RunArchive.readSummary(summaryFile()).runId();
        assertThat(containersOf(runId)).as("what a SIGKILLed harness leaves").isNotEmpty();

        new DockerBackend(RunId.next("next-start")).close();

        assertThat(containersOf(runId)).as("after the next start of the harness").isEmpty();
    }

    private Process startMidFault() throws Exception {
        Path scenario = Files.writeString(dir.resolve("interrupt-mid-fault.yaml"), SCENARIO);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens", "java.base/java.lang=ALL-UNNAMED", "-jar", JAR.toString(),
                "run", scenario.toString(), "--results", dir.resolve("results").toString(),
                // About interrupts, not latencies: the generator's warm-up keeps the 8 s it had before it went on
                // until the JIT was quiet (up to 40 s per run), which keeps mvn verify short.
                "--warm-up", "8s"));
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        pb.environment().put("TESTCONTAINERS_RYUK_DISABLED", "true");
        Process harness = pb.start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!Files.readString(dir.resolve("err.txt")).contains("chaos: memory limit lowered")) {
            assertThat(harness.isAlive()).as("the harness runs until the fault is applied").isTrue();
            assertThat(Instant.now()).as("the fault is applied within 90s").isBefore(deadline);
            Thread.sleep(200);
        }
        return harness;
    }

    private Path summaryFile() throws IOException {
        try (Stream<Path> runs = Files.list(dir.resolve("results"))) {
            // results/ also holds index.html and assets/ once a run has finished: the run is the folder with a summary.
            return runs.map(run -> run.resolve(RunArchive.SUMMARY)).filter(Files::isRegularFile).findFirst().orElseThrow();
        }
    }

    private List<?> containersOf(String runId) {
        return docker.listContainersCmd().withShowAll(true).withLabelFilter(List.of(RunLabels.RUN + "=" + runId)).exec();
    }
}
