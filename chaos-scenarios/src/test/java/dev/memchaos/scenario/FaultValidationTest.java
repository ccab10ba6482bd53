package dev.memchaos.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every problem with faults, the downstream and the hypothesis is reported at once, on its path and line. */
class FaultValidationTest {

    /** Lines 1-9; the load ends at 35s and the lowest limit is variant "sized"'s 128MiB. */
    private static final String HEAD = """
            name: s
            target:
              image: img
              memory: 256MiB
            variants:
              - name: unsized
              - name: sized
                memory: 128MiB
            load: {simulation: parse, rate: 10, rampUp: 5s, duration: 30s, keys: 1}
            """;

    private static List<String> problems(String yaml) {
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioLoader.parse(yaml, "f.yaml"));
        assertThat(e).as("expected the scenario to be rejected").isNotNull();
        return e.getMessage().lines().toList();
    }

    private static Scenario valid(String yaml) throws ScenarioException {
        return ScenarioLoader.parse(yaml, "f.yaml");
    }

    @Test
    void reportsUnknownTypesAndFieldsWithSuggestions() {
        assertThat(problems(HEAD + """
                faults:
                  - type: memory-presure
                    at: 10s
                    durtion: 5s
                  - type: slow-disk
                    at: 10s
                  - at: 10s
                    duration: 5s
                  - type: memory-pressure
                    at: 10s
                    duration: 5s
                    size: 10MiB
                    stpes: 2
                    limit: 10MiB
                  - type: kill
                    at: 12s
                    duration: 5s
                """)).containsExactly(
                "f.yaml:11: faults[0].type: unknown fault type \"memory-presure\"; did you mean \"memory-pressure\"?"
                        + " known types: memory-pressure, memory-limit, network-delay, kill",
                "f.yaml:13: faults[0].durtion: unknown field; did you mean \"duration\"?",
                "f.yaml:14: faults[1].type: unknown fault type \"slow-disk\";"
                        + " known types: memory-pressure, memory-limit, network-delay, kill",
                "f.yaml:16: faults[2].type: is required: the kind of fault, one of memory-pressure, memory-limit,"
                        + " network-delay, kill",
                "f.yaml:22: faults[3].stpes: unknown field of a memory-pressure fault; did you mean \"steps\"?",
                "f.yaml:23: faults[3].limit: unknown field of a memory-pressure fault;"
                        + " its fields are type, at, duration, size, steps",
                "f.yaml:26: faults[4].duration: a kill happens at one instant and has no duration; remove it");
    }

    @Test
    void reportsMissingRequiredFieldsAtTheFaultsLine() {
        assertThat(problems(HEAD + """
                faults:
                  - type: memory-pressure
                  - type: memory-limit
                    at: 1s
                    duration: 1s
                  - type: network-delay
                    at: 1s
                    duration: 1s
                  - type: kill
                """)).containsExactly(
                "f.yaml:11: faults[0].at: is required: when the fault starts, counted from the start of the load"
                        + " (ramp-up included), like 10s",
                "f.yaml:11: faults[0].duration: is required: how long the fault lasts before it is reverted, like 20s",
                "f.yaml:11: faults[0].size: is required: the memory to allocate and touch, a size like 40MiB below"
                        + " every variant's limit",
                "f.yaml:12: faults[1].limit: is required: the lowered limit, a size like 48MiB; or give fraction"
                        + " instead, a share of each variant's limit like 0.5",
                "f.yaml:15: faults[2].path: is required: which calls to delay: client (the load generator's calls"
                        + " to the target) or downstream (the target's calls to target.downstream)",
                "f.yaml:15: faults[2].latency: is required: the delay added to each call, like 200ms",
                "f.yaml:18: faults[3].at: is required: when the fault starts, counted from the start of the load"
                        + " (ramp-up included), like 10s");
    }

    @Test
    void reportsBadTimesAndValues() {
        assertThat(problems(HEAD + """
                faults:
                  - {type: memory-pressure, at: -5s, duration: 0s, size: 10MiB, steps: 0}
                  - {type: memory-pressure, at: 40s, duration: -1s, size: 0MiB, steps: 101}
                  - {type: network-delay, at: 1s, duration: 1s, path: clinet, latency: -1ms, jitter: lots}
                  - {type: kill, at: 1s, restart: sometimes}
                  - {type: kill, at: 2s, restart: "true"}
                """)).containsExactly(
                "f.yaml:11: faults[0].at: cannot be negative; use 0s or more, like 10s; got \"-5s\"",
                "f.yaml:11: faults[0].duration: must be longer than zero, like 30s; got \"0s\"",
                "f.yaml:11: faults[0].steps: expected a whole number of steps from 1 to 100, got 0",
                "f.yaml:12: faults[1].duration: must be longer than zero, like 30s; got \"-1s\"",
                "f.yaml:12: faults[1].size: expected a size above zero like 64MiB, got \"0MiB\"",
                "f.yaml:12: faults[1].steps: expected a whole number of steps from 1 to 100, got 101",
                "f.yaml:13: faults[2].path: expected client or downstream, got \"clinet\"; did you mean \"client\"?",
                "f.yaml:13: faults[2].latency: cannot be negative; use 0s or more, like 10s; got \"-1ms\"",
                "f.yaml:13: faults[2].jitter: expected a duration like 30s, 250ms or 2m, got \"lots\"",
                "f.yaml:14: faults[3].restart: expected true or false, got \"sometimes\"",
                "f.yaml:15: faults[4].restart: expected true or false, got \"true\"");
    }

    @Test
    void aFaultMustEndWithinTheLoadRampIncluded() throws ScenarioException {
        assertThat(problems(HEAD + """
                faults:
                  - {type: memory-pressure, at: 0s, duration: 35s, size: 10MiB}
                  - {type: kill, at: 35s}
                  - {type: network-delay, at: 25s, duration: 20s, path: client, latency: 1ms}
                  - {type: kill, at: 40s}
                """)).containsExactly(
                "f.yaml:13: faults[2]: ends at 45s, after the load ends at 35s",
                "f.yaml:14: faults[3]: happens at 40s, after the load ends at 35s");
    }

    @Test
    void faultsOfOneTypeMustNotOverlap() {
        assertThat(problems(HEAD + """
                faults:
                  - type: memory-pressure
                    at: 10s
                    duration: 20s
                    size: 10MiB
                  - type: memory-pressure
                    at: 25s
                    duration: 5s
                    size: 20MiB
                  - {type: kill, at: 15s}
                  - {type: kill, at: 15s, restart: true}
                  - {type: network-delay, at: 0s, duration: 10s, path: client, latency: 1ms}
                  - {type: network-delay, at: 5s, duration: 1s, path: client, latency: 2ms}
                """)).containsExactly(
                "f.yaml:15: faults[1]: overlaps faults[0] (memory-pressure from 10s to 30s);"
                        + " faults of one type must not overlap",
                "f.yaml:20: faults[3]: overlaps faults[2] (kill at 15s); faults of one type must not overlap",
                "f.yaml:22: faults[5]: overlaps faults[4] (network-delay from 0s to 10s);"
                        + " faults of one type must not overlap");
    }

    @Test
    void faultsOfDifferentTypesMayOverlapAndOneTypeMayFollowItself() throws ScenarioException {
        Scenario scenario = valid(HEAD + """
                faults:
                  - {type: memory-pressure, at: 10s, duration: 10s, size: 10MiB}
                  - {type: memory-pressure, at: 20s, duration: 10s, size: 20MiB}
                  - {type: memory-limit, at: 10s, duration: 20s, fraction: 0.9}
                  - {type: network-delay, at: 10s, duration: 20s, path: client, latency: 1ms}
                  - {type: kill, at: 15s}
                  - {type: kill, at: 16s}
                """);

        assertThat(scenario.faults()).hasSize(6);
    }

    @Test
    void memoryPressureMustFitUnderEveryVariantsLimit() {
        assertThat(problems(HEAD + """
                faults:
                  - {type: memory-pressure, at: 0s, duration: 5s, size: 200MiB}
                  - {type: memory-pressure, at: 5s, duration: 5s, size: 128MiB}
                  - {type: memory-pressure, at: 10s, duration: 5s, size: 127MiB}
                """)).containsExactly(
                "f.yaml:11: faults[0].size: 200MiB of pressure cannot fit under variant \"sized\"'s 128MiB limit;"
                        + " use less than 128MiB",
                "f.yaml:12: faults[1].size: 128MiB of pressure cannot fit under variant \"sized\"'s 128MiB limit;"
                        + " use less than 128MiB");
    }

    @Test
    void aVariantWithoutItsOwnLimitRunsUnderTheTargets() {
        assertThat(problems("""
                name: s
                target: {image: img, memory: 64MiB}
                variants:
                  - {name: big, memory: 1GiB}
                  - {name: plain}
                load: {simulation: parse, rate: 10, duration: 30s, keys: 1}
                faults:
                  - {type: memory-pressure, at: 0s, duration: 5s, size: 100MiB}
                """)).containsExactly(
                "f.yaml:8: faults[0].size: 100MiB of pressure cannot fit under variant \"plain\"'s 64MiB limit;"
                        + " use less than 64MiB");
    }

    @Test
    void memoryLimitTakesExactlyOneOfLimitOrFractionAndMustLowerEveryVariantsLimit() {
        assertThat(problems(HEAD + """
                faults:
                  - {type: memory-limit, at: 0s, duration: 5s, limit: 48MiB, fraction: 0.5}
                  - {type: memory-limit, at: 5s, duration: 5s, limit: 200MiB}
                  - {type: memory-limit, at: 10s, duration: 5s, fraction: 1.5}
                  - {type: memory-limit, at: 15s, duration: 5s, fraction: 0}
                  - {type: memory-limit, at: 20s, duration: 5s, fraction: 50%}
                  - {type: memory-limit, at: 25s, duration: 5s, fraction: half}
                """)).containsExactly(
                "f.yaml:11: faults[0].fraction: cannot be given with limit; keep one: limit for a fixed size like"
                        + " 48MiB, or fraction for a share of each variant's limit like 0.5",
                "f.yaml:12: faults[1].limit: 200MiB does not lower variant \"sized\"'s 128MiB limit;"
                        + " use less than 128MiB, or a fraction of each variant's limit like 0.5",
                "f.yaml:13: faults[2].fraction: expected a fraction above 0 and below 1 like 0.5, got 1.5",
                "f.yaml:14: faults[3].fraction: expected a fraction above 0 and below 1 like 0.5, got 0",
                "f.yaml:15: faults[4].fraction: expected a fraction above 0 and below 1 like 0.5, got 50%;"
                        + " write 0.5 for 50%",
                "f.yaml:16: faults[5].fraction: expected a fraction above 0 and below 1 like 0.5, got half");
    }

    @Test
    void delayingTheDownstreamPathNeedsADownstream() {
        assertThat(problems(HEAD + """
                faults:
                  - {type: network-delay, at: 0s, duration: 5s, path: downstream, latency: 100ms}
                """)).containsExactly(
                "f.yaml:11: faults[0].path: delays the target's calls to its downstream, but the target has none;"
                        + " declare target.downstream with the image it calls, or use path: client");
    }

    @Test
    void reportsProblemsWithTheDownstream() {
        assertThat(problems("""
                name: s
                target:
                  image: img
                  memory: 64MiB
                  env: {DOWNSTREAM_URL: "http://elsewhere"}
                  downstream:
                    port: 0
                    path: healthz
                    memroy: 32MiB
                variants:
                  - name: a
                    env: {DOWNSTREAM_URL: "http://other"}
                load: {simulation: parse, rate: 10, duration: 30s, keys: 1}
                faults:
                  - {type: network-delay, at: 0s, duration: 5s, path: downstream, latency: 100ms}
                """)).containsExactly(
                "f.yaml:5: target.env.DOWNSTREAM_URL: is set by the harness to the address of target.downstream;"
                        + " remove it, or have the harness set another variable with target.downstream.urlEnv",
                "f.yaml:6: target.downstream.image: is required: the container image of the service the target"
                        + " calls, like memchaos/mapsvc:local",
                "f.yaml:7: target.downstream.port: expected a port number from 1 to 65535, got 0",
                "f.yaml:8: target.downstream.path: expected a path starting with / like /healthz, got \"healthz\"",
                "f.yaml:9: target.downstream.memroy: unknown field; did you mean \"memory\"?",
                "f.yaml:12: variants[0].env.DOWNSTREAM_URL: is set by the harness to the address of"
                        + " target.downstream; remove it, or have the harness set another variable with"
                        + " target.downstream.urlEnv");
    }

    @Test
    void theDownstreamsUrlVariableMustBeAnEnvironmentNameThatNoEnvSets() {
        assertThat(problems("""
                name: s
                target:
                  image: img
                  memory: 64MiB
                  env: {UPSTREAM_BASE: "http://elsewhere", DOWNSTREAM_URL: "http://fine"}
                  downstream: {image: img, urlEnv: UPSTREAM_BASE}
                variants:
                  - name: a
                    env: {UPSTREAM_BASE: "http://other"}
                load: {simulation: parse, rate: 10, duration: 30s, keys: 1}
                """)).containsExactly(
                "f.yaml:5: target.env.UPSTREAM_BASE: is set by the harness to the address of target.downstream;"
                        + " remove it, or have the harness set another variable with target.downstream.urlEnv",
                "f.yaml:9: variants[0].env.UPSTREAM_BASE: is set by the harness to the address of target.downstream;"
                        + " remove it, or have the harness set another variable with target.downstream.urlEnv");

        for (String bad : List.of("\"9LIVES\"", "\"DOWNSTREAM-URL\"", "\"\"", "\"A B\"", "\"$URL\"")) {
            assertThat(problems("""
                    name: s
                    target:
                      image: img
                      memory: 64MiB
                      downstream: {image: img, urlEnv: %s}
                    variants: [{name: a}]
                    load: {simulation: parse, rate: 10, duration: 30s, keys: 1}
                    """.formatted(bad))).as(bad).containsExactly(
                    "f.yaml:5: target.downstream.urlEnv: expected an environment variable name of letters, digits and"
                            + " underscores, not starting with a digit, like DOWNSTREAM_URL, got \"" + bad.replace("\"", "")
                            + "\"");
        }
    }

    @Test
    void aBadUrlVariableStillChecksTheEnvAgainstTheDefault() {
        assertThat(problems("""
                name: s
                target:
                  image: img
                  memory: 64MiB
                  env: {DOWNSTREAM_URL: "http://elsewhere"}
                  downstream: {image: img, urlEnv: "NO WAY"}
                variants: [{name: a}]
                load: {simulation: parse, rate: 10, duration: 30s, keys: 1}
                """)).containsExactly(
                "f.yaml:5: target.env.DOWNSTREAM_URL: is set by the harness to the address of target.downstream;"
                        + " remove it, or have the harness set another variable with target.downstream.urlEnv",
                "f.yaml:6: target.downstream.urlEnv: expected an environment variable name of letters, digits and"
                        + " underscores, not starting with a digit, like DOWNSTREAM_URL, got \"NO WAY\"");
    }

    @Test
    void reportsProblemsWithTheHypothesis() {
        assertThat(problems(HEAD + """
                hypothesis:
                  rate: 0/s
                  duration: 0s
                  chekcs: []
                """)).containsExactly(
                "f.yaml:10: hypothesis.checks: is required: the steady state, as thresholds like \"errors == 0\""
                        + " that must hold before the faults and again after they are reverted",
                "f.yaml:11: hypothesis.rate: expected an arrival rate above 0 and at most 100000/s like 100/s,"
                        + " got \"0/s\"",
                "f.yaml:12: hypothesis.duration: must be longer than zero, like 30s; got \"0s\"",
                "f.yaml:13: hypothesis.chekcs: unknown field; did you mean \"checks\"?");
    }

    @Test
    void hypothesisChecksUseTheThresholdGrammarAndKnowTheVariants() {
        assertThat(problems(HEAD + """
                hypothesis:
                  checks:
                    - "errors == 0"
                    - "p99 < 100ms"
                    - "p(99)(sizd) < 100ms"
                    - 42
                """)).containsExactly(
                "f.yaml:13: hypothesis.checks[1]: cannot parse \"p99 < 100ms\" at column 1: unknown metric \"p99\";"
                        + " did you mean \"p(99)\"?",
                "f.yaml:14: hypothesis.checks[2]: \"p(99)(sizd) < 100ms\" names variant \"sizd\", which this"
                        + " scenario does not declare; did you mean \"sized\"?",
                "f.yaml:15: hypothesis.checks[3]: expected a threshold in quotes like \"p(99) < 250ms\", got 42");
    }

    @Test
    void aHypothesisNeedsAtLeastOneCheck() {
        assertThat(problems(HEAD + """
                hypothesis:
                  checks: []
                """)).containsExactly(
                "f.yaml:11: hypothesis.checks: at least one check is required, like \"errors == 0\"");
    }

    @Test
    void faultsMustBeAListOfMappings() {
        assertThat(problems(HEAD + """
                faults: {type: kill}
                """)).containsExactly("f.yaml:10: faults: expected a list, got a mapping");
        assertThat(problems(HEAD + """
                faults:
                  - kill
                """)).containsExactly("f.yaml:11: faults[0]: expected a mapping of fields, got \"kill\"");
    }

    @Test
    void problemsWithFaultsComeTogetherWithTheRestOfTheFile() {
        assertThat(problems("""
                name: s
                target: {image: img, memory: 64MiB}
                variants: [{name: a}]
                load: {simulation: parse, rate: 10, duration: 0s, keys: 1}
                thresholds: ["p(99) < 1MiB"]
                faults:
                  - {type: kill, at: 90s}
                  - {type: memory-pressure, at: 0s, duration: 5s, size: 64MiB}
                """)).containsExactly(
                "f.yaml:4: load.duration: must be longer than zero, like 30s; got \"0s\"",
                "f.yaml:5: thresholds[0]: \"p(99) < 1MiB\": p(99) is a time; compare it with a time like 250ms,"
                        + " not 1MiB",
                "f.yaml:8: faults[1].size: 64MiB of pressure cannot fit under variant \"a\"'s 64MiB limit;"
                        + " use less than 64MiB");
    }
}
