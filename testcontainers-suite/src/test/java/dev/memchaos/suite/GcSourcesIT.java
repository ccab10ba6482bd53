package dev.memchaos.suite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memchaos.backend.docker.DockerEnvironment;
import dev.memchaos.journal.Summary;
import dev.memchaos.scenario.Metric.Named;
import dev.memchaos.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GC figures for a Go service memchaos was not written for (src/test/go/gcsvc: client_golang's default collectors
 * only, no runtime/metrics histogram): from its gctrace, checked against the same run's go_gc_duration_seconds; and
 * mapsvc still measured from runtime/metrics, checked against its own gctrace in the same window.
 */
class GcSourcesIT {

    static final String IMAGE = "memchaos-test/gcsvc:local";
    private static final Path SOURCE = Path.of("src/test/go/gcsvc").toAbsolutePath();
    private static final Path BUILD = Path.of("target/gcsvc-image").toAbsolutePath();

    private static String scenario(String name, String image, String env) {
        return """
                name: %s
                target:
                  image: %s
                  memory: 256MiB
                  env: {%s}
                variants: [{name: only}]
                load: {simulation: append, elements: 50000, rate: 40/s, rampUp: 1s, duration: 5s}
                thresholds: ["gcPause.count > 0"]
                """.formatted(name, image, env);
    }

    /** Builds the test service FROM scratch with the pinned Go toolchain, from the local module cache. */
    @BeforeAll
    static void buildImage() throws IOException, InterruptedException {
        Files.createDirectories(BUILD);
        ProcessBuilder build = new ProcessBuilder("go", "build", "-trimpath", "-o", BUILD.resolve("gcsvc").toString(), ".")
                .directory(SOURCE.toFile()).inheritIO();
        build.environment().put("CGO_ENABLED", "0");
        build.environment().put("GOTOOLCHAIN", "go1.23.12");
        Process go = build.start();
        assertThat(go.waitFor(300, TimeUnit.SECONDS) && go.exitValue() == 0).as("go build of %s", SOURCE).isTrue();
        Files.copy(SOURCE.resolve("Dockerfile"), BUILD.resolve("Dockerfile"), StandardCopyOption.REPLACE_EXISTING);
        DockerEnvironment.client().buildImageCmd(BUILD.toFile()).withTags(Set.of(IMAGE)).withPull(false)
                .withLabels(Map.of("memchaos.test", "gcsvc")).start().awaitImageId(120, TimeUnit.SECONDS);
    }

    @Test
    void aServiceWithOnlyClientGolangsDefaultsIsMeasuredFromGctrace() throws Exception {
        CatalogRun run = CatalogRun.of(ScenarioLoader.parse(scenario("gc-sources-defaults", IMAGE, ""), "gcsvc.yaml"),
                CatalogRun.BACKEND);
        Summary.VariantSummary v = run.summary().variants().get(0);

        assertThat(v.gcSource()).isEqualTo("gctrace");
        assertThat(v.value(Named.GC_PAUSE_COUNT).orElse(0)).isPositive();
        assertThat(v.value(Named.GC_PAUSE_P99)).isPresent();
        assertThat(v.value(Named.GC_PAUSE_MAX).getAsDouble()).isGreaterThanOrEqualTo(v.value(Named.GC_PAUSE_P99).getAsDouble());
        assertThat(v.value(Named.GC_PAUSE_COUNT).getAsDouble()).isEqualTo(2 * v.value(Named.GC_CYCLES).getAsDouble());

        Map<String, Double> trace = v.gcSources().get("gctrace");
        Map<String, Double> coarse = v.gcSources().get("go_gc_duration_seconds (coarse)");
        System.err.println("GcSourcesIT gcsvc: gctrace " + trace + " / go_gc_duration_seconds " + coarse);
        assertThat(coarse).as("the same run's go_gc_duration_seconds, the witness").isNotNull();
        double cycles = trace.get("gcCycles");
        assertThat(Math.abs(cycles - coarse.get("gcCycles")))
                .as("cycles in gctrace's window vs go_gc_duration_seconds_count's (the windows differ by the scrapes)")
                .isLessThanOrEqualTo(Math.max(2, 0.05 * cycles));
        assertThat(cycles).as("the load stays within the 256 cycles go_gc_duration_seconds keeps, so it can witness every pause")
                .isLessThanOrEqualTo(256);
        assertThat(trace.get("gcPause.max"))
                .as("every pause is within the longest per-cycle pause total of the last 256 cycles")
                .isLessThanOrEqualTo(coarse.get("gcPause.max") * 1.1 + 0.05);
        assertThat(run.archive().dir().resolve("timeline.json")).content().contains("gc.heapGoalBytes", "gc.heapLiveBytes");
    }

    @Test
    void mapsvcIsStillMeasuredFromRuntimeMetricsAndAgreesWithItsGctrace() throws Exception {
        CatalogRun run = CatalogRun.of(ScenarioLoader.parse(scenario("gc-sources-mapsvc", "memchaos/mapsvc:local",
                "GODEBUG: madvdontneed=1"), "mapsvc.yaml"), CatalogRun.BACKEND);
        Summary.VariantSummary v = run.summary().variants().get(0);

        assertThat(v.gcSource()).isEqualTo("runtime/metrics");
        Map<String, Double> histogram = v.gcSources().get("runtime/metrics");
        Map<String, Double> trace = v.gcSources().get("gctrace");
        System.err.println("GcSourcesIT mapsvc: runtime/metrics " + histogram + " / gctrace " + trace);
        assertThat(trace).as("gctrace is on beside the scenario's own GODEBUG").isNotNull();
        double pauses = histogram.get("gcPause.count");
        assertThat(pauses).isPositive();
        assertThat(Math.abs(pauses - trace.get("gcPause.count")))
                .as("pauses counted by the histogram vs two per gctrace line (the windows differ by the scrapes)")
                .isLessThanOrEqualTo(Math.max(4, 0.05 * pauses));
        assertThat(trace.get("gcPause.max"))
                .as("gctrace's longest pause is within the histogram's highest non-empty bucket")
                .isLessThanOrEqualTo(histogram.get("gcPause.max") * 1.1);
    }
}
