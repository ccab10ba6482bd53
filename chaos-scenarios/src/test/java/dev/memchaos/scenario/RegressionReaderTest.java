package dev.memchaos.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.memchaos.scenario.Metric.Named;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code regression} section of a scenario file: read in order, every problem on its line. */
class RegressionReaderTest {

    private static final String HEAD = """
            name: s
            target: {image: img, memory: 64MiB}
            variants: [{name: unsized}, {name: sized}]
            load: {simulation: parse, rate: 1, duration: 1s, keys: 1}
            """;

    private static Scenario load(String regression) throws ScenarioException {
        return ScenarioLoader.parse(HEAD + regression, "s.yaml");
    }

    private static List<String> problems(String regression) {
        ScenarioException e = catchThrowableOfType(ScenarioException.class,
                () -> ScenarioLoader.parse(HEAD + regression, "bad.yaml"));
        assertThat(e).as("expected the scenario to be rejected").isNotNull();
        return e.getMessage().lines().toList();
    }

    @Test
    void readsTheToleranceOfEachMetricInTheOrderWritten() throws ScenarioException {
        Scenario scenario = load("""
                regression:
                  allocBytesPerRequest: 10%
                  "p(99)": 25%
                  gcPause.p99: 2ms
                  errorRate: 0.5%
                  p(99.9): 40%
                  errors: 3
                  heap.inUse: 1MiB
                  oomKilled: 0
                """);

        assertThat(scenario.regression().tolerances()).containsExactly(
                Tolerance.relative(Named.ALLOC_BYTES_PER_REQUEST, 10),
                Tolerance.relative(new Metric.Percentile(99), 25),
                Tolerance.absolute(Named.GC_PAUSE_P99, 2),
                Tolerance.absolute(Named.ERROR_RATE, 0.005),
                Tolerance.relative(new Metric.Percentile(99.9), 40),
                Tolerance.absolute(Named.ERRORS, 3),
                Tolerance.absolute(Named.HEAP_IN_USE, 1024 * 1024),
                Tolerance.absolute(Named.OOM_KILLED, 0));
    }

    @Test
    void theReadmesExampleReads() throws Exception {
        String example = Readme.yaml("regression:\n");

        assertThat(load(example).regression().tolerances()).extracting(Tolerance::toString).containsExactly(
                "allocBytesPerRequest: 10%", "p(99): 25%", "gcPause.p99: 2ms", "errorRate: 0.5 percentage points",
                "oomKilled: 0");
    }

    @Test
    void noSectionOrAnEmptyOneIsNoRegression() throws ScenarioException {
        assertThat(load("").regression()).isEqualTo(Regression.none());
        assertThat(load("regression:\n").regression().isEmpty()).isTrue();
        assertThat(load("regression: {}\n").regression().isEmpty()).isTrue();
        assertThat(ScenarioLoader.parse(ScenarioLoaderTest.VALID, "parse.yaml").regression()).isEqualTo(Regression.none());
    }

    @Test
    void reportsEveryProblemOnItsLineWithWhatWasExpected() {
        assertThat(problems("""
                regression:
                  p(99): fast
                  p99: 25%
                  gcPuase.p99: 2ms
                  allocBytesPerRequest: -10%
                  requests: 10%
                  errorRate: 5
                  oomKilled: 10%
                  heap.inUse:
                  p(101): 10%
                  p(99)(sized): 10%
                  p(99.0): 10%
                  memory.peak: 100
                """)).containsExactly(
                "bad.yaml:6: regression.p(99): expected a percentage like 25% or a time like 5ms, got \"fast\"",
                "bad.yaml:7: regression.p99: unknown metric \"p99\"; did you mean \"p(99)\"?",
                "bad.yaml:8: regression.gcPuase.p99: unknown metric \"gcPuase.p99\"; did you mean \"gcPause.p99\"?",
                "bad.yaml:9: regression.allocBytesPerRequest: cannot be negative: it is how far allocBytesPerRequest"
                        + " may rise compared with the baseline, like 10% or 1MiB; got \"-10%\"",
                "bad.yaml:10: regression.requests: requests (requests sent during the run) is neither better higher"
                        + " nor lower, so it cannot regress; remove it",
                "bad.yaml:11: regression.errorRate: errorRate is a ratio from 0 to 1 and its tolerance is in"
                        + " percentage points: write 5% or 0.05, not 5",
                "bad.yaml:12: regression.oomKilled: oomKilled is true or false, so it takes no tolerance: write 0 to"
                        + " count any change for the worse (false in the baseline, true now) as a regression;"
                        + " got \"10%\"",
                "bad.yaml:13: regression.heap.inUse: has no tolerance; write how far heap.inUse may rise compared"
                        + " with the baseline, like 10% or 1MiB",
                "bad.yaml:14: regression.p(101): a percentile must be above 0 and at most 100, not 101",
                "bad.yaml:15: regression.p(99)(sized): a tolerance applies to every variant; write p(99) without"
                        + " (sized)",
                "bad.yaml:16: regression.p(99.0): names p(99) again (as p(99) above); keep one tolerance per metric",
                "bad.yaml:17: regression.memory.peak: expected a percentage like 10% or a size like 1MiB, got \"100\";"
                        + " add a unit, like 100KiB");
    }

    @Test
    void anUnknownNameFarFromEveryMetricListsThem() {
        assertThat(problems("""
                regression:
                  throughput: 10%
                """)).singleElement().asString()
                .startsWith("bad.yaml:6: regression.throughput: unknown metric \"throughput\"; known metrics are p(N),"
                        + " latency.max, errors, errorRate,")
                .doesNotContain("requests,").doesNotContain("memory.limit");
    }

    @Test
    void theSectionMustBeAMappingAndEachToleranceOneValue() {
        assertThat(problems("""
                regression:
                  - "p(99): 25%"
                """)).containsExactly("bad.yaml:5: regression: expected a mapping of metrics to tolerances like"
                + " {p(99): 25%, allocBytesPerRequest: 10%}, got a list");
        assertThat(problems("""
                regression:
                  p(99): [25%, 5ms]
                """)).containsExactly("bad.yaml:6: regression.p(99): expected a single value, got a list");
    }

    @Test
    void aMisspelledSectionGetsASuggestion() {
        assertThat(problems("""
                regresion:
                  p(99): 25%
                """)).containsExactly("bad.yaml:5: regresion: unknown field; did you mean \"regression\"?");
    }

    @Test
    void problemsElsewhereDoNotHideTheSectionsProblems() {
        assertThat(problems("""
                thresholds: ["p(99) < 5MiB"]
                regression: {p(99): 5}
                """)).containsExactly(
                "bad.yaml:5: thresholds[0]: \"p(99) < 5MiB\": p(99) is a time; compare it with a time like 250ms,"
                        + " not 5MiB",
                "bad.yaml:6: regression.p(99): expected a percentage like 25% or a time like 5ms, got \"5\";"
                        + " add a unit, like 5ms");
    }
}
