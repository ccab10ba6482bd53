package dev.memchaos.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memchaos.scenario.FaultSpec.Kill;
import dev.memchaos.scenario.FaultSpec.MemoryLimit;
import dev.memchaos.scenario.FaultSpec.MemoryPressure;
import dev.memchaos.scenario.FaultSpec.NetworkDelay;
import dev.memchaos.scenario.FaultSpec.NetworkDelay.NetworkPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A scenario with faults, a downstream and a hypothesis loads into the expected records. */
class FaultScenarioTest {

    private static Duration s(long seconds) {
        return Duration.ofSeconds(seconds);
    }

    private static Scenario allFaults() throws IOException, ScenarioException {
        try (InputStream in = FaultScenarioTest.class.getResourceAsStream("/chaos/all-faults.yaml")) {
            return ScenarioLoader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "all-faults.yaml");
        }
    }

    @Test
    void loadsEveryFaultTypeInTheOrderWritten() throws Exception {
        Scenario scenario = allFaults();

        assertThat(scenario.faults()).containsExactly(
                new MemoryPressure(s(10), s(20), ByteSize.ofMiB(40), 4),
                MemoryLimit.to(s(10), s(15), ByteSize.ofMiB(48)),
                new NetworkDelay(s(5), s(20), NetworkPath.DOWNSTREAM, Duration.ofMillis(200), Duration.ofMillis(50)),
                new Kill(s(15), true),
                MemoryLimit.toFraction(s(25), s(5), 0.5),
                new NetworkDelay(s(25), s(10), NetworkPath.CLIENT, Duration.ZERO, Duration.ZERO));
        assertThat(scenario.faults()).extracting(FaultSpec::type).containsExactly(
                "memory-pressure", "memory-limit", "network-delay", "kill", "memory-limit", "network-delay");
    }

    @Test
    void loadsTheDownstreamAndKeepsItForEveryVariant() throws Exception {
        Scenario scenario = allFaults();
        Downstream expected = new Downstream("memchaos/mapsvc:local", 9090, "/ready", ByteSize.ofMiB(32),
                Map.of("ROLE", "downstream"));

        assertThat(scenario.target().downstream()).contains(expected);
        assertThat(scenario.targetFor(scenario.variant("sized").orElseThrow()).downstream()).contains(expected);
        assertThat(scenario.targetFor(scenario.variant("sized").orElseThrow()).memory()).isEqualTo(ByteSize.ofMiB(96));
    }

    @Test
    void theReadmesDownstreamExampleReads() throws Exception {
        String example = Readme.yaml("target:\n  image: shop/checkout:local");

        Scenario scenario = ScenarioLoader.parse("name: s\n" + example + """
                variants: [{name: a}]
                load: {simulation: parse, rate: 10, duration: 30s, keys: 1}
                faults:
                  - {type: network-delay, at: 0s, duration: 5s, path: downstream, latency: 100ms}
                """, "README.md");

        assertThat(scenario.target().downstream()).contains(new Downstream("shop/inventory:local", 9000, "/stock",
                ByteSize.ofMiB(64), Map.of(), "INVENTORY_URL"));
    }

    @Test
    void loadsTheHypothesis() throws Exception {
        Hypothesis hypothesis = allFaults().hypothesis().orElseThrow();

        assertThat(hypothesis.ratePerSecond()).isEqualTo(20);
        assertThat(hypothesis.duration()).isEqualTo(s(3));
        assertThat(hypothesis.checks().all()).extracting(Threshold::text)
                .containsExactly("errors == 0", "p(99) < 100ms", "memory.peak(sized) < memory.peak(unsized)");
    }

    @Test
    void appliesDefaults() throws ScenarioException {
        Scenario scenario = ScenarioLoader.parse("""
                name: s
                target:
                  image: img
                  memory: 128MiB
                  downstream: {image: memchaos/mapsvc:local}
                variants: [{name: a}]
                load: {simulation: parse, rate: 10, duration: 30s, keys: 1}
                faults:
                  - {type: memory-pressure, at: 0s, duration: 10s, size: 40MiB}
                  - {type: network-delay, at: 0s, duration: 10s, path: client, latency: 1s}
                  - {type: kill, at: 5s}
                hypothesis:
                  checks: ["errors == 0"]
                """, "s.yaml");

        assertThat(scenario.target().downstream()).contains(new Downstream("memchaos/mapsvc:local", 8080, "/healthz",
                ByteSize.ofMiB(64), Map.of(), "DOWNSTREAM_URL"));
        assertThat(scenario.faults()).containsExactly(
                new MemoryPressure(Duration.ZERO, s(10), ByteSize.ofMiB(40), 1),
                new NetworkDelay(Duration.ZERO, s(10), NetworkPath.CLIENT, s(1), Duration.ZERO),
                new Kill(s(5), false));
        Hypothesis hypothesis = scenario.hypothesis().orElseThrow();
        assertThat(hypothesis.ratePerSecond()).isEqualTo(10);
        assertThat(hypothesis.duration()).isEqualTo(s(5));
    }

    @Test
    void aScenarioWithoutTheNewSectionsHasNoFaultsNoHypothesisAndNoDownstream() throws ScenarioException {
        Scenario scenario = ScenarioLoader.parse(ScenarioLoaderTest.VALID, "parse.yaml");

        assertThat(scenario.faults()).isEmpty();
        assertThat(scenario.hypothesis()).isEmpty();
        assertThat(scenario.target().downstream()).isEmpty();
    }

    @Test
    void theOldConstructorsStillWork() throws ScenarioException {
        Scenario loaded = ScenarioLoader.parse(ScenarioLoaderTest.VALID, "parse.yaml");
        TargetSpec target = new TargetSpec("img", 8080, ByteSize.ofMiB(64), "/healthz", "/metrics", Map.of());

        Scenario built = new Scenario(loaded.name(), loaded.description(), target, loaded.variants(), loaded.load(),
                loaded.thresholds(), loaded.source());

        assertThat(target.downstream()).isEmpty();
        assertThat(built.faults()).isEmpty();
        assertThat(built.hypothesis()).isEqualTo(Optional.empty());
        assertThat(built.regression()).isEqualTo(Regression.none());

        Scenario withFaults = new Scenario(loaded.name(), loaded.description(), target, loaded.variants(),
                loaded.load(), loaded.thresholds(), loaded.source(), loaded.faults(), loaded.hypothesis());
        assertThat(withFaults.regression()).isEqualTo(Regression.none());
    }

    @Test
    void faultTimesMayRunUpToTheEndOfTheLoadRampIncluded() throws Exception {
        Scenario scenario = allFaults();

        assertThat(scenario.load().total()).isEqualTo(s(35));
        assertThat(scenario.faults()).extracting(FaultSpec::end).allMatch(end -> end.compareTo(s(35)) <= 0);
    }
}
