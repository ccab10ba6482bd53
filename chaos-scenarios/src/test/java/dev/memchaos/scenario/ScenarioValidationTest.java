package dev.memchaos.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioValidationTest {

    static final String BAD = """
            name: parse-1200-keys
            target:
              image: memchaos/mapsvc:local
              memroy: 128MiB
            variants:
              - name: unsized
                env: {MAP_SIZING: unsized}
              - name: sized
                memory: -64MiB
            load:
              simulation: prase
              rate: 100/s
              duration: 30x
            thresholds:
              - "p(99) <> 250ms"
              - "allocBytesPerRequest(unsised) > allocBytesPerRequest(sized)"
              - "p(99) < 20MiB"
            """;

    private static List<String> problems(String yaml) {
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioLoader.parse(yaml, "bad.yaml"));
        assertThat(e).as("expected the scenario to be rejected").isNotNull();
        return e.getMessage().lines().toList();
    }

    @Test
    void reportsEveryProblemAtOnceWithPathAndLine() {
        assertThat(problems(BAD)).containsExactly(
                "bad.yaml:2: target.memory: is required: the hard memory limit, a size like 128MiB",
                "bad.yaml:4: target.memroy: unknown field; did you mean \"memory\"?",
                "bad.yaml:9: variants[1].memory: expected a size like 64MiB, got \"-64MiB\"",
                "bad.yaml:11: load.simulation: unknown simulation \"prase\"; did you mean \"parse\"?"
                        + " known simulations: parse, kv, churn, append, http, or the fully qualified class name of"
                        + " a Gatling simulation (like com.acme.CheckoutSimulation)",
                "bad.yaml:13: load.duration: expected a duration like 30s, 250ms or 2m, got \"30x\"",
                "bad.yaml:15: thresholds[0]: cannot parse \"p(99) <> 250ms\" at column 8:"
                        + " expected a number, a metric like p(99), or true/false, found \">\"",
                "bad.yaml:16: thresholds[1]: \"allocBytesPerRequest(unsised) > allocBytesPerRequest(sized)\""
                        + " names variant \"unsised\", which this scenario does not declare; did you mean \"unsized\"?",
                "bad.yaml:17: thresholds[2]: \"p(99) < 20MiB\": p(99) is a time;"
                        + " compare it with a time like 250ms, not 20MiB");
    }

    @Test
    void exceptionCarriesStructuredProblems() {
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioLoader.parse(BAD, "bad.yaml"));

        assertThat(e.source()).isEqualTo("bad.yaml");
        assertThat(e.problems()).contains(new Problem("target.memroy", 4, "unknown field; did you mean \"memory\"?"));
    }

    @Test
    void missingVariantsIsReportedAtTheParentLine() {
        assertThat(problems("""
                # a comment first
                name: s
                target: {image: img, memory: 64MiB}
                load: {simulation: parse, rate: 1, duration: 1s, keys: 1}
                """)).containsExactly("bad.yaml:2: variants: at least one variant is required");
    }

    @Test
    void emptyVariantsIsReportedOnItsLine() {
        assertThat(problems("""
                name: s
                target: {image: img, memory: 64MiB}
                variants: []
                load: {simulation: parse, rate: 1, duration: 1s, keys: 1}
                """)).containsExactly("bad.yaml:3: variants: at least one variant is required");
    }

    @Test
    void reportsWrongTypesAndBadValues() {
        assertThat(problems("""
                name: Parse Keys
                target:
                  image: img
                  port: 70000
                  memory: 0MiB
                  healthPath: healthz
                  env: [A, B]
                variants:
                  - name: a
                  - name: a
                  - just-a-string
                load:
                  simulation: parse
                  rate: fast
                  rampUp: soon
                  duration: 0s
                  keys: 2000000
                  kyes: 3
                thresholds:
                  - 42
                  - "oomKilled == 0"
                  - "oomKilled < true"
                  - "errorRate < 5"
                  - "memory.peak > p(99)"
                """)).containsExactly(
                "bad.yaml:1: name: expected a lowercase name of letters, digits and dashes, starting and ending"
                        + " with a letter or digit, like parse-1200-keys, got \"Parse Keys\"",
                "bad.yaml:4: target.port: expected a port number from 1 to 65535, got 70000",
                "bad.yaml:5: target.memory: 0MiB is below 6MiB, the least memory Docker gives a container;"
                        + " write 6MiB or more, like 64MiB",
                "bad.yaml:6: target.healthPath: expected a path starting with / like /healthz, got \"healthz\"",
                "bad.yaml:7: target.env: expected a mapping of names to values like {NAME: value}, got a list",
                "bad.yaml:10: variants[1].name: variant \"a\" is declared more than once; variant names must be unique",
                "bad.yaml:11: variants[2]: expected a mapping of fields, got \"just-a-string\"",
                "bad.yaml:14: load.rate: expected an arrival rate above 0 and at most 100000/s like 100/s,"
                        + " got \"fast\"",
                "bad.yaml:15: load.rampUp: expected a duration like 30s, 250ms or 2m, got \"soon\"",
                "bad.yaml:16: load.duration: must be longer than zero, like 30s; got \"0s\"",
                "bad.yaml:17: load.keys: expected a whole number from 1 to 1000000, got 2000000",
                "bad.yaml:18: load.kyes: unknown parameter of the parse simulation; did you mean \"keys\"?",
                "bad.yaml:20: thresholds[0]: expected a threshold in quotes like \"p(99) < 250ms\", got 42",
                "bad.yaml:21: thresholds[1]: \"oomKilled == 0\": oomKilled is true or false;"
                        + " compare it with true or false, not 0",
                "bad.yaml:22: thresholds[2]: \"oomKilled < true\": oomKilled is true or false;"
                        + " compare it with == or !=",
                "bad.yaml:23: thresholds[3]: \"errorRate < 5\": errorRate is a ratio from 0 to 1;"
                        + " write 5% or 0.05, not 5",
                "bad.yaml:24: thresholds[4]: \"memory.peak > p(99)\": memory.peak is a size but p(99) is a time;"
                        + " only like compares with like");
    }

    @Test
    void reportsMissingRequiredFieldsAtTheParentLine() {
        assertThat(problems("""
                name: s
                target:
                  port: 8080
                variants:
                  - env: {A: b}
                load:
                  rate: 5/s
                """)).containsExactly(
                "bad.yaml:2: target.image: is required: the container image, like memchaos/mapsvc:local",
                "bad.yaml:2: target.memory: is required: the hard memory limit, a size like 128MiB",
                "bad.yaml:5: variants[0].name: is required: a lowercase name like sized",
                "bad.yaml:6: load.simulation: is required: the simulation to run: one of parse, kv, churn, append, http,"
                        + " or the class name of your Gatling simulation",
                "bad.yaml:6: load.duration: is required: how long to drive load, like 30s");
    }

    @Test
    void aParameterLeftOutTakesItsDefaultAndAnUnknownTopLevelFieldIsReported() throws ScenarioException {
        String withoutKeys = """
                name: s
                target: {image: img, memory: 64MiB}
                variants: [{name: a}]
                load:
                  simulation: parse
                  rate: 5/s
                  duration: 10s
                """;
        assertThat(ScenarioLoader.parse(withoutKeys, "s.yaml").load().intParam("keys"))
                .isEqualTo(dev.memchaos.simulations.ParseSimulation.KEYS.defaultValue().getAsInt());
        assertThat(problems("""
                name: s
                target: {image: img, memory: 64MiB}
                variants: [{name: a}]
                load:
                  simulation: parse
                  rate: 5/s
                  duration: 10s
                treshold: []
                """)).containsExactly(
                "bad.yaml:8: treshold: unknown field; did you mean \"thresholds\"?");
    }

    @Test
    void reportsKeysWrittenTwice() {
        assertThat(problems("""
                name: s
                target:
                  image: img
                  memory: 64MiB
                  memory: 32MiB
                variants: [{name: a}]
                load: {simulation: parse, rate: 1, duration: 1s, keys: 1}
                """)).containsExactly(
                "bad.yaml:5: target.memory: is written more than once; keep one, as only the last one would count");
    }
}
