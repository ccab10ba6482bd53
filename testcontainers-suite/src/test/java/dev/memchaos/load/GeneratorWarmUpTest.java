package dev.memchaos.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.memchaos.simulations.HttpLoad;
import dev.memchaos.simulations.HttpRequestSpec;
import dev.memchaos.simulations.LoadSpec;
import dev.memchaos.simulations.Pacing;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How long the generator's warm-up goes on, and with what load. */
class GeneratorWarmUpTest {

    private static final GeneratorWarmUp.Limits LIMITS = GeneratorWarmUp.Limits.DEFAULT;

    @Test
    void anotherRoundWhileTheJitIsBusy() {
        assertThat(LIMITS.nextRound(Duration.ofMillis(4_300), 200)).contains(LIMITS.round());
        assertThat(LIMITS.nextRound(Duration.ofSeconds(30), 50)).as("at the quiet threshold, still busy").contains(LIMITS.round());
    }

    @Test
    void noMoreRoundsOnceTheJitIsQuiet() {
        assertThat(LIMITS.nextRound(Duration.ofMillis(4_300), 49.9)).isEmpty();
        assertThat(LIMITS.nextRound(Duration.ofSeconds(12), 0)).isEmpty();
    }

    @Test
    void theLastRoundIsWhatIsLeftAndNoneBelowASecond() {
        assertThat(LIMITS.nextRound(Duration.ofMillis(37_500), 500)).as("2.5 s left of 40 s").contains(Duration.ofMillis(2_500));
        assertThat(LIMITS.nextRound(Duration.ofMillis(39_200), 500)).as("0.8 s left").isEmpty();
        assertThat(LIMITS.nextRound(Duration.ofSeconds(41), 500)).as("past the limit").isEmpty();
    }

    @Test
    void aRunMayAskForAShorterWarmUpOrNone() {
        LoadSpec load = new LoadSpec(http(), new Pacing.Open(100), Duration.ZERO, Duration.ofSeconds(60));

        assertThat(GeneratorWarmUp.warmUpFor(load, "a.Simulation.none", LIMITS.upTo(Duration.ZERO))).isEmpty();
        assertThat(GeneratorWarmUp.warmUpFor(load, "a.Simulation.short", LIMITS.upTo(Duration.ofSeconds(2))).orElseThrow()
                .duration()).as("one round, as long as the whole warm-up").isEqualTo(Duration.ofSeconds(2));
        // --warm-up 8s: a round, then what is left of the 8 s (a round takes a little longer than its load).
        GeneratorWarmUp.Limits eight = LIMITS.upTo(Duration.ofSeconds(8));
        assertThat(GeneratorWarmUp.warmUpFor(load, "a.Simulation.eight", eight).orElseThrow().duration())
                .isEqualTo(LIMITS.round());
        assertThat(eight.nextRound(Duration.ofMillis(4_300), 500)).contains(Duration.ofMillis(3_700));
        assertThat(eight.nextRound(Duration.ofMillis(8_100), 500)).isEmpty();
    }

    @Test
    void limitsThatCannotBeAreRefused() {
        assertThatThrownBy(() -> LIMITS.upTo(Duration.ofSeconds(-1))).hasMessageContaining("cannot be negative");
        assertThatThrownBy(() -> new GeneratorWarmUp.Limits(Duration.ZERO, 50, Duration.ofSeconds(8)))
                .hasMessageContaining("must last");
    }

    @Test
    void aRoundIsTheScenariosOwnLoadAtAClampedRateWithoutRamp() {
        LoadSpec load = new LoadSpec(http(), new Pacing.Open(100), Duration.ofSeconds(5), Duration.ofSeconds(60));

        LoadSpec round = GeneratorWarmUp.warmUpFor(load, "a.Simulation.first", LIMITS).orElseThrow();

        assertThat(round.source()).isEqualTo(load.source());
        assertThat(round.pacing()).isEqualTo(new Pacing.Open(GeneratorWarmUp.MIN_RATE));
        assertThat(round.rampUp()).isZero();
        assertThat(round.duration()).isEqualTo(LIMITS.firstRound());
        LoadSpec fast = new LoadSpec(http(), new Pacing.Open(50_000), Duration.ZERO, Duration.ofSeconds(60));
        assertThat(GeneratorWarmUp.warmUpFor(fast, "a.Simulation.fast", LIMITS).orElseThrow().pacing())
                .isEqualTo(new Pacing.Open(GeneratorWarmUp.MAX_RATE));
        LoadSpec closed = new LoadSpec(http(), new Pacing.Closed(16), Duration.ZERO, Duration.ofSeconds(60));
        assertThat(GeneratorWarmUp.warmUpFor(closed, "a.Simulation.closed", LIMITS).orElseThrow().pacing())
                .isEqualTo(new Pacing.Closed(16));
    }

    @Test
    void noWarmUpForAUserSimulationOrASimulationAlreadyWarmed() {
        LoadSpec user = new LoadSpec(new LoadSpec.UserSimulation("com.example.Checkout", Map.of()),
                new Pacing.Open(100), Duration.ZERO, Duration.ofSeconds(60));
        assertThat(GeneratorWarmUp.warmUpFor(user, "com.example.Checkout", LIMITS)).isEmpty();

        LoadSpec load = new LoadSpec(http(), new Pacing.Open(100), Duration.ZERO, Duration.ofSeconds(60));
        GeneratorWarmUp.warmed("a.Simulation.warmed");
        assertThat(GeneratorWarmUp.warmUpFor(load, "a.Simulation.warmed", LIMITS)).isEmpty();
    }

    @Test
    void eachRoundIsSaidWithTheJitsTimeAndWhatComesNext() {
        assertThat(GatlingLoad.warmUpProgress(LIMITS, 2, Duration.ofSeconds(9), true, 143.4, true))
                .isEqualTo("warm-up round 2 (9 s): the JIT compiled 143 ms per second; another round");
        assertThat(GatlingLoad.warmUpProgress(LIMITS, 7, Duration.ofSeconds(29), true, 31, false))
                .isEqualTo("warm-up round 7 (29 s): the JIT compiled 31 ms per second, quiet; the load starts");
        assertThat(GatlingLoad.warmUpProgress(LIMITS, 9, Duration.ofSeconds(37), true, 120, false))
                .isEqualTo("warm-up round 9 (37 s): the JIT compiled 120 ms per second, still busy at the warm-up's limit"
                        + " of 40 s; the load starts, and its first seconds may carry the JIT's time");
        assertThat(GatlingLoad.warmUpProgress(LIMITS, 1, Duration.ofSeconds(5), false, 0, false))
                .contains("does not report its JIT's compiling time");
    }

    private static LoadSpec.Http http() {
        HttpRequestSpec get = new HttpRequestSpec("get", "GET", "/", null, null, null, null, 1);
        return new LoadSpec.Http(new HttpLoad(List.of(get), null), Path.of("."));
    }
}
