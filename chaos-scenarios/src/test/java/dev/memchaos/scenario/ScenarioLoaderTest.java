package dev.memchaos.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.memchaos.simulations.LoadSpec;
import dev.memchaos.simulations.Pacing;
import dev.memchaos.simulations.ParseSimulation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioLoaderTest {

    static final String VALID = """
            name: parse-1200-keys
            description: >
              A handler parsed a ~1,200-key JSON object into an unsized map on every request.
            target:
              image: memchaos/mapsvc:local
              memory: 128MiB
              env: {GOGC: 100, DEBUG: true, SHARED: target}
            variants:
              - name: unsized
                env: {MAP_SIZING: unsized}
              - name: sized
                env: {MAP_SIZING: sized, SHARED: variant}
                memory: 96MiB
            load:
              simulation: parse
              rate: 100/s
              duration: 30s
              keys: 1200
            thresholds:
              - "p(99) < 250ms"
              - "gcPause.p99 < 20ms"
              - "oomKilled == false"
              - "allocBytesPerRequest(unsized) > 1.1 * allocBytesPerRequest(sized)"
            """;

    @Test
    void loadsAValidScenarioWithDefaults() throws ScenarioException {
        Scenario scenario = ScenarioLoader.parse(VALID, "parse.yaml");

        assertThat(scenario.name()).isEqualTo("parse-1200-keys");
        assertThat(scenario.description()).startsWith("A handler parsed").endsWith("every request.");
        assertThat(scenario.target()).isEqualTo(new TargetSpec("memchaos/mapsvc:local", 8080, ByteSize.ofMiB(128),
                "/healthz", "/metrics", Map.of("GOGC", "100", "DEBUG", "true", "SHARED", "target")));
        assertThat(scenario.variants()).containsExactly(
                new Variant("unsized", Map.of("MAP_SIZING", "unsized"), Optional.empty()),
                new Variant("sized", Map.of("MAP_SIZING", "sized", "SHARED", "variant"),
                        Optional.of(ByteSize.ofMiB(96))));
        assertThat(scenario.load()).isEqualTo(LoadSpec.named(ParseSimulation.WORKLOAD, Map.of("keys", "1200"), 100,
                Duration.ZERO, Duration.ofSeconds(30)));
        assertThat(scenario.load().intParam("keys")).isEqualTo(1200);
        assertThat(scenario.thresholds().all()).extracting(Threshold::text).containsExactly(
                "p(99) < 250ms", "gcPause.p99 < 20ms", "oomKilled == false",
                "allocBytesPerRequest(unsized) > 1.1 * allocBytesPerRequest(sized)");
        assertThat(scenario.source()).isEqualTo(VALID);
    }

    @Test
    void targetForMergesVariantEnvOverTargetEnvAndAppliesMemoryOverride() throws ScenarioException {
        Scenario scenario = ScenarioLoader.parse(VALID, "parse.yaml");

        TargetSpec sized = scenario.targetFor(scenario.variant("sized").orElseThrow());
        TargetSpec unsized = scenario.targetFor(scenario.variant("unsized").orElseThrow());

        assertThat(sized.memory()).isEqualTo(ByteSize.ofMiB(96));
        assertThat(sized.env()).containsExactly(Map.entry("GOGC", "100"), Map.entry("DEBUG", "true"),
                Map.entry("SHARED", "variant"), Map.entry("MAP_SIZING", "sized"));
        assertThat(unsized.memory()).isEqualTo(ByteSize.ofMiB(128));
        assertThat(unsized.env()).containsEntry("SHARED", "target").containsEntry("MAP_SIZING", "unsized");
        assertThat(scenario.variant("missing")).isEmpty();
    }

    @Test
    void readsOptionalTargetAndLoadFields() throws ScenarioException {
        Scenario scenario = ScenarioLoader.parse("""
                name: s
                target: {image: img, port: 9090, memory: 1GiB, healthPath: /ready, metricsPath: /m}
                variants: [{name: only}]
                load: {simulation: parse, rate: 12.5, rampUp: 5s, duration: 2m, keys: 10}
                """, "s.yaml");

        assertThat(scenario.target().port()).isEqualTo(9090);
        assertThat(scenario.target().healthPath()).isEqualTo("/ready");
        assertThat(scenario.target().metricsPath()).isEqualTo("/m");
        assertThat(scenario.load().pacing()).isEqualTo(new Pacing.Open(12.5));
        assertThat(scenario.load().rampUp()).isEqualTo(Duration.ofSeconds(5));
        assertThat(scenario.load().duration()).isEqualTo(Duration.ofMinutes(2));
        assertThat(scenario.thresholds().all()).isEmpty();
    }

    @Test
    void modelIsImmutable() throws ScenarioException {
        Scenario scenario = ScenarioLoader.parse(VALID, "parse.yaml");

        assertThatThrownBy(() -> scenario.variants().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> scenario.target().env().put("X", "y"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void loadsFromAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("parse.yaml");
        Files.writeString(file, VALID);

        assertThat(ScenarioLoader.load(file).name()).isEqualTo("parse-1200-keys");
    }

    @Test
    void aMissingFileIsOneProblem(@TempDir Path dir) {
        Path file = dir.resolve("nope.yaml");

        assertThatThrownBy(() -> ScenarioLoader.load(file))
                .isInstanceOfSatisfying(ScenarioException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.getMessage()).isEqualTo(file + ": there is no scenario file here; check the path");
                });
    }

    @Test
    void aYamlSyntaxErrorIsOneProblemOnItsLine() {
        String yaml = """
                name: s
                target:
                  image: img
                   memory: 64MiB
                variants: []
                """;

        assertThatThrownBy(() -> ScenarioLoader.parse(yaml, "broken.yaml"))
                .isInstanceOfSatisfying(ScenarioException.class, e -> assertThat(e.problems()).containsExactly(
                        new Problem("", 4, "is not valid YAML: mapping values are not allowed here (column 10)")));
    }

    @Test
    void anUnterminatedQuoteSaysWhereItStarted() {
        String yaml = """
                name: s
                target:
                  image: "unterminated
                variants: []
                """;

        assertThatThrownBy(() -> ScenarioLoader.parse(yaml, "broken.yaml"))
                .isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith("broken.yaml:5: is not valid YAML: while scanning a quoted scalar from line 3");
    }

    @Test
    void anEmptyFileSaysWhatAScenarioNeeds() {
        assertThatThrownBy(() -> ScenarioLoader.parse("", "empty.yaml"))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("the file is empty");
    }
}
