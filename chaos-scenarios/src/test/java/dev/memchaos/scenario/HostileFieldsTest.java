package dev.memchaos.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.offset;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.memchaos.scenario.Operand.Literal;
import dev.memchaos.simulations.Pacing;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 10, the field rules: one test per kind of hostile value a scenario's fields and thresholds were fed. Each
 * bad value gets one sentence on its line and field, and nothing else: no other exception, no hang.
 */
class HostileFieldsTest {

    /**
     * A valid scenario with {@code %s} for the name (line 1), the target's other fields (from line 5) and the load's
     * pacing and parameters (from line 12); the variants are on lines 7 and 8, and what follows starts on line 13.
     */
    private static final String TEMPLATE = """
            name: %s
            target:
              image: img
              memory: 64MiB
            %s
            variants:
              - name: a
              - name: b
            load:
              simulation: parse
              duration: 30s
            %s
            """;

    private static String scenario(String name, String target, String load) {
        return TEMPLATE.formatted(name, indent(target), indent(load));
    }

    private static String indent(String lines) {
        return lines.isEmpty() ? "" : lines.strip().indent(2).stripTrailing();
    }

    private static String withTarget(String fields) {
        return scenario("s", fields, "rate: 10/s");
    }

    private static String withLoad(String fields) {
        return scenario("s", "", fields);
    }

    /** The base scenario followed by top-level sections (faults, thresholds, hypothesis, regression). */
    private static String with(String sections) {
        return withLoad("rate: 10/s") + sections;
    }

    /** Every problem line; fails unless the text is refused with a ScenarioException, within a second. */
    private static List<String> problems(String yaml) {
        Throwable thrown = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> catchThrowable(() -> ScenarioLoader.parse(yaml, "h.yaml")));
        assertThat(thrown).as("expected the scenario to be refused with sentences").isInstanceOf(ScenarioException.class);
        return thrown.getMessage().lines().toList();
    }

    /** The one problem of a scenario with exactly one. */
    private static String problem(String yaml) {
        List<String> problems = problems(yaml);
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    private static Scenario valid(String yaml) {
        return assertTimeoutPreemptively(Duration.ofSeconds(5), () -> ScenarioLoader.parse(yaml, "h.yaml"));
    }

    private static String thresholdProblem(String threshold) {
        return problem(with("thresholds: ['" + threshold + "']\n"));
    }

    // 1. Durations beyond any run: no overflow, a sentence with the limit.

    @Test
    void aFaultFarInTheFutureIsRefusedWithTheLimit() {
        String limit = " is longer than 24h, the longest duration a scenario may give; a run is meant to end within a"
                + " day, so write 24h or less";
        assertThat(problems(with("""
                faults:
                  - {type: network-delay, at: 2000000h, duration: 2000000h, path: client, latency: 1ms}
                """))).containsExactly("h.yaml:14: faults[0].at: 2000000h" + limit,
                "h.yaml:14: faults[0].duration: 2000000h" + limit);
        assertThat(problem(with("faults: [{type: kill, at: 2000000h}]\n")))
                .isEqualTo("h.yaml:13: faults[0].at: 2000000h" + limit);
    }

    @ParameterizedTest
    @ValueSource(strings = {"25h", "1441m", "86401s", "99999999999999999999h", "2000000h"})
    void everyDurationHasTheSameMaximum(String tooLong) {
        assertThat(problem(withLoad("rate: 10/s\nrampUp: " + tooLong)))
                .startsWith("h.yaml:13: load.rampUp: " + tooLong + " is longer than 24h");
        assertThat(problem(scenario("s", "", "rate: 10/s").replace("duration: 30s", "duration: " + tooLong)))
                .startsWith("h.yaml:11: load.duration: " + tooLong + " is longer than 24h");
        assertThat(problem(with("faults: [{type: network-delay, at: 1s, duration: " + tooLong
                + ", path: client, latency: 1ms}]\n"))).contains("faults[0].duration: " + tooLong + " is longer than 24h");
        assertThat(problem(with("faults: [{type: network-delay, at: 1s, duration: 1s, path: client, latency: "
                + tooLong + "}]\n"))).contains("faults[0].latency: " + tooLong + " is longer than 24h");
        assertThat(problem(with("hypothesis: {duration: " + tooLong + ", checks: ['errors == 0']}\n")))
                .contains("hypothesis.duration: " + tooLong + " is longer than 24h");
        assertThat(thresholdProblem("p(99) < " + tooLong)).contains(tooLong + " is longer than 24h");
        assertThat(problem(with("regression: {p(99): " + tooLong + "}\n"))).contains(tooLong + " is longer than 24h");
    }

    @Test
    void twentyFourHoursIsAccepted() {
        assertThat(valid(withLoad("rate: 10/s\nrampUp: 24h")).load().rampUp()).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void durationsFinerThanAMillisecondAreRefusedInFields() {
        assertThat(problem(scenario("s", "", "rate: 10/s").replace("duration: 30s", "duration: 1.5ms")))
                .isEqualTo("h.yaml:11: load.duration: 1.5ms is finer than a millisecond, the resolution of loads and"
                        + " faults; write whole milliseconds, like 1ms or 2ms");
        assertThat(problem(with("faults: [{type: network-delay, at: 1s, duration: 1s, path: client, latency: 500us}]\n")))
                .isEqualTo("h.yaml:13: faults[0].latency: 500us is finer than a millisecond, the resolution of loads"
                        + " and faults; write whole milliseconds, like 0ms or 1ms");
    }

    // 2. Long names: bounded where they are defined, and "did you mean" stays cheap.

    @Test
    void aHugeVariantNameInAThresholdIsOneSentence() {
        String declared = "v".repeat(60_000);
        String named = "v".repeat(59_999) + "w";
        List<String> problems = problems(withTarget("").replace("- name: a", "- name: " + declared)
                + "thresholds: ['p(99)(" + named + ") < 1s']\n");
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).isEqualTo("h.yaml:7: variants[0].name: expected a name of at most 63 characters"
                + " (lowercase letters, digits and dashes, starting and ending with a letter or digit) like"
                + " parse-1200-keys, this one has 60000");
        assertThat(problems.get(1)).startsWith("h.yaml:13: thresholds[0]: cannot parse ")
                .endsWith(" at column 7: expected a name of at most 63 characters (lowercase letters, digits and"
                        + " dashes, starting and ending with a letter or digit) like parse-1200-keys, this one has 60000");
    }

    @Test
    void suggestionsDoNotCompareLongTexts() {
        String a = "a".repeat(60_000);
        String b = "a".repeat(59_999) + "b";
        assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> assertThat(Suggestions.closest(a, List.of(b, "b"))).isEmpty());
        assertThat(Suggestions.closest("unsised", List.of("unsized", "sized"))).contains("unsized");
    }

    @Test
    void namesHaveAtMost63Characters() {
        String longest = "n".repeat(63);
        assertThat(valid(scenario(longest, "", "rate: 10/s")).name()).isEqualTo(longest);
        assertThat(problem(scenario("n".repeat(106), "", "rate: 10/s")))
                .isEqualTo("h.yaml:1: name: expected a name of at most 63 characters (lowercase letters, digits and"
                        + " dashes, starting and ending with a letter or digit) like parse-1200-keys, this one has 106");
        assertThat(problem(withTarget("").replace("- name: a", "- name: " + "v".repeat(64))))
                .startsWith("h.yaml:7: variants[0].name: expected a name of at most 63 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-a", "a-", "-", "Sized", "a_b", "ä"})
    void namesAreDnsLabels(String name) {
        assertThat(problem(scenario("'" + name + "'", "", "rate: 10/s")))
                .isEqualTo("h.yaml:1: name: expected a lowercase name of letters, digits and dashes, starting and"
                        + " ending with a letter or digit, like parse-1200-keys, got \"" + name + "\"");
    }

    // 3. Memory Docker refuses.

    @ParameterizedTest
    @ValueSource(strings = {"1B", "1KiB", "64KB", "6291455B", "6MB", "5MiB"})
    void memoryBelowDockersMinimumIsRefused(String memory) {
        String expected = memory + " is below 6MiB, the least memory Docker gives a container; write 6MiB or more,"
                + " like 64MiB";
        assertThat(problem(withTarget("").replace("memory: 64MiB", "memory: " + memory)))
                .isEqualTo("h.yaml:4: target.memory: " + expected);
        assertThat(problem(scenario("s", "", "rate: 10/s").replace("- name: b", "- {name: b, memory: " + memory + "}")))
                .isEqualTo("h.yaml:8: variants[1].memory: " + expected);
        assertThat(problem(withTarget("downstream: {image: img, memory: " + memory + "}")))
                .isEqualTo("h.yaml:5: target.downstream.memory: " + expected);
        assertThat(problem(with("faults: [{type: memory-limit, at: 1s, duration: 1s, limit: " + memory + "}]\n")))
                .isEqualTo("h.yaml:13: faults[0].limit: " + expected);
    }

    @Test
    void sixMebibytesIsAccepted() {
        assertThat(valid(withTarget("").replace("memory: 64MiB", "memory: 6MiB")).target().memory().bytes())
                .isEqualTo(6L << 20);
        assertThat(valid(withTarget("").replace("memory: 64MiB", "memory: 6291456B")).target().memory().bytes())
                .isEqualTo(6L << 20);
    }

    @Test
    void aFractionThatLowersTheLimitBelowDockersMinimumIsRefused() {
        assertThat(problem(with("faults: [{type: memory-limit, at: 1s, duration: 1s, fraction: 0.05}]\n")))
                .isEqualTo("h.yaml:13: faults[0].fraction: 0.05 of variant \"a\"'s 64MiB limit is 3.2MiB, below 6MiB,"
                        + " the least memory Docker gives a container; use a fraction of at least 0.094");
        valid(with("faults: [{type: memory-limit, at: 1s, duration: 1s, fraction: 0.1}]\n"));
    }

    // 4. Rates beyond any generator, and numbers only Java reads.

    @ParameterizedTest
    @ValueSource(strings = {"1e400/s", "1E3", "100001/s", "0x10/s", "+5/s", "0.5f", "1_000/s", "NaN", "Infinity",
            ".inf", "1d"})
    void ratesAreBoundedAndPlain(String rate) {
        assertThat(problem(withLoad("rate: '" + rate + "'")))
                .startsWith("h.yaml:12: load.rate: expected an arrival rate above 0 and at most 100000/s like 100/s,"
                        + " got \"" + rate + "\"");
    }

    @Test
    void aRateOfAHundredDigitsIsRefusedNotInfinite() {
        String digits = "9".repeat(400);
        assertThat(problem(withLoad("rate: " + digits + "/s"))).contains("load.rate: expected an arrival rate");
        assertThat(problem(with("hypothesis: {rate: " + digits + ", checks: ['errors == 0']}\n")))
                .contains("hypothesis.rate: expected an arrival rate");
    }

    @Test
    void theHighestRateIsAccepted() {
        assertThat(valid(withLoad("rate: 100000/s")).load().pacing()).isEqualTo(new Pacing.Open(100_000));
    }

    @Test
    void javaStyleNumbersAreRefusedWithWhatToWrite() {
        assertThat(problem(with("faults: [{type: memory-limit, at: 1s, duration: 1s, fraction: '0x1p-1'}]\n")))
                .isEqualTo("h.yaml:13: faults[0].fraction: expected a fraction above 0 and below 1 like 0.5, got"
                        + " 0x1p-1; write numbers in plain decimal, like 0.5");
        assertThat(problem(with("faults: [{type: memory-limit, at: 1s, duration: 1s, fraction: '0.5f'}]\n")))
                .endsWith("got 0.5f; write numbers in plain decimal, without a type suffix like f or d");
        assertThat(problem(with("faults: [{type: memory-limit, at: 1s, duration: 1s, fraction: '5e-1'}]\n")))
                .endsWith("got 5e-1; write numbers in plain decimal, without an exponent");
        assertThat(problem(withTarget("port: '+8080'")))
                .isEqualTo("h.yaml:5: target.port: expected a port number from 1 to 65535, got +8080;"
                        + " write numbers without a sign");
        assertThat(problem(withTarget("port: '8_080'")))
                .endsWith("got 8_080; write numbers without separators, like 8080");
        assertThat(problem(withTarget("port: '08080'")))
                .endsWith("got 08080; write numbers without leading zeros, like 8080");
        assertThat(problem(withLoad("concurrency: '1e2'")))
                .startsWith("h.yaml:12: load.concurrency: expected a whole number of users from 1 to 100000");
        assertThat(problem(withLoad("rate: 10/s\nkeys: '+1200'")))
                .isEqualTo("h.yaml:13: load.keys: expected a whole number from 1 to 1000000, got +1200;"
                        + " write numbers without a sign");
        assertThat(problem(with("faults: [{type: memory-pressure, at: 1s, duration: 1s, size: 1MiB, steps: '0x2'}]\n")))
                .contains("faults[0].steps: expected a whole number of steps from 1 to 100");
        assertThat(problem(with("regression: {'p(0x1p6)': 25%}\n")))
                .startsWith("h.yaml:13: regression.p(0x1p6): unknown metric \"p(0x1p6)\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e1", "NaN", "Infinity", "0x1p3", "+2", "2f"})
    void requestWeightsArePlainNumbers(String weight) {
        assertThat(problem(withLoad("""
                simulation: http
                rate: 10/s
                requests: [{path: /, weight: '%s'}]""".formatted(weight)).replace("  simulation: parse\n", "")))
                .contains("load.requests[0].weight: expected a weight above 0 like 1 or 2.5");
    }

    // 5. Digits of other scripts.

    @Test
    void digitsOfOtherScriptsAreRefusedEverywhere() {
        String hint = "; write the digits 0-9";
        assertThat(problem(withTarget("port: ٨٠٨٠"))).startsWith("h.yaml:5: target.port: expected a port number")
                .endsWith(hint);
        assertThat(problem(withLoad("concurrency: ٨"))).contains("load.concurrency:").endsWith(hint);
        assertThat(problem(withLoad("rate: ١٠/s"))).contains("load.rate:").endsWith(hint);
        assertThat(problem(withLoad("rate: 10/s\nkeys: ١٢٠٠"))).contains("load.keys:").endsWith(hint);
        assertThat(problem(withTarget("").replace("memory: 64MiB", "memory: ٦٤MiB"))).contains("target.memory:")
                .endsWith(hint);
        assertThat(problem(scenario("s", "", "rate: 10/s").replace("duration: 30s", "duration: ٣٠s")))
                .contains("load.duration:").endsWith(hint);
        assertThat(problem(with("faults: [{type: memory-pressure, at: 1s, duration: 1s, size: 1MiB, steps: ٢}]\n")))
                .contains("faults[0].steps:").endsWith(hint);
        assertThat(problem(with("regression: {errorRate: ٥%}\n"))).contains("regression.errorRate:").endsWith(hint);
        assertThat(thresholdProblem("errors < ٥")).contains("thresholds[0]:");
        assertThat(thresholdProblem("p(٩٩) < 1s")).contains("thresholds[0]:");
        assertThat(problem(withLoad("""
                simulation: http
                rate: 10/s
                requests: [{path: /, expect: ٢٠٠}]""").replace("  simulation: parse\n", "")))
                .contains("load.requests[0].expect:").endsWith(hint);
    }

    // 6. Images that are not image references.

    @ParameterizedTest
    @ValueSource(strings = {"Memchaos/Mapsvc", "MEMCHAOS", "../../etc/passwd", "--privileged", "img:", ":tag", "img@",
            "img@sha256:abc", "a//b", "a/", "/a", "a..b", "img:-tag", "host:99999999999999/a",
            "a b", "img\\0", "img\\t", "img:t1234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890"})
    void imagesMustBeImageReferences(String image) {
        assertThat(problem(withTarget("").replace("image: img", "image: \"" + image + "\"")))
                .startsWith("h.yaml:3: target.image: expected a container image reference like memchaos/mapsvc:local");
        assertThat(problem(withTarget("downstream: {image: \"" + image + "\"}")))
                .contains("target.downstream.image: expected a container image reference");
    }

    @ParameterizedTest
    @ValueSource(strings = {"img", "memchaos/mapsvc:local", "localhost/a", "localhost:5000/a/b:v1.2_3",
            "Registry.Example.com:5000/team/app:latest", "a__b", "a--b", "ab/c.d-e_f__g", "[::1]:5000/a",
            "img@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
            "img:v1@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"})
    void imageReferencesAreAccepted(String image) {
        assertThat(valid(withTarget("").replace("image: img", "image: \"" + image + "\"")).target().image())
                .isEqualTo(image);
    }

    // 7. Environments the kernel cannot pass.

    @ParameterizedTest
    @ValueSource(strings = {"''", "'A=B'", "\"A\\0\"", "'1A'", "'A-B'"})
    void environmentNamesAreRefused(String key) {
        String yaml = withTarget("env: {" + key + ": x}");
        assertThat(problem(yaml)).startsWith("h.yaml:5: target.env: ")
                .endsWith(" is not an environment variable name: use letters, digits and underscores, not starting"
                        + " with a digit, like GOGC");
        assertThat(problem(scenario("s", "", "rate: 10/s").replace("- name: b", "- {name: b, env: {" + key + ": x}}")))
                .startsWith("h.yaml:8: variants[1].env");
        assertThat(problem(withTarget("downstream: {image: img, env: {" + key + ": x}}")))
                .startsWith("h.yaml:5: target.downstream.env");
    }

    @Test
    void environmentValuesWithoutNulAreAcceptedAndNulIsRefused() {
        assertThat(problem(withTarget("env: {A: \"x\\0y\"}")))
                .isEqualTo("h.yaml:5: target.env.A: contains a NUL character, which no environment value can hold;"
                        + " remove it");
        assertThat(valid(withTarget("env: {A: \"tab\\there\\nnewline\", B: ''}")).target().env())
                .containsEntry("A", "tab\there\nnewline").containsEntry("B", "");
    }

    @Test
    void environmentValuesTheKernelRefusesAreRefused() {
        assertThat(problem(withTarget("env: {A: '" + "x".repeat(130 * 1024) + "'}")))
                .isEqualTo("h.yaml:5: target.env.A: is 133120 bytes long; the kernel refuses an environment"
                        + " entry over 128KiB, so keep NAME=value under 130048 bytes");
    }

    // 8. Thresholds whose outcome is known without measuring.

    @ParameterizedTest
    @ValueSource(strings = {
            "0 * p(99) > 1ms|a factor of 0 makes 0 * p(99) always 0, whatever was measured; use a factor above 0",
            "0.0 * allocBytesPerRequest(a) > allocBytesPerRequest(b)|a factor of 0 makes 0 * allocBytesPerRequest(a)"
                    + " always 0, whatever was measured; use a factor above 0",
            "errorRate < 150%|cannot fail: errorRate is never above 100%" + EITHER_WAY,
            "errorRate <= 100%|cannot fail: errorRate is never above 100%" + EITHER_WAY,
            "errorRate > 100%|cannot pass: errorRate is never above 100%" + EITHER_WAY,
            "errorRate != 150%|cannot fail: errorRate is never above 100%" + EITHER_WAY,
            "errorRate <= 1|cannot fail: errorRate is never above 1" + EITHER_WAY,
            "2 * errorRate <= 200%|cannot fail: 2 * errorRate is never above 200%" + EITHER_WAY,
            "memory.peakRatio >= 0%|cannot fail: memory.peakRatio is never below 0%" + EITHER_WAY,
            "errors >= 0|cannot fail: errors is never below 0" + EITHER_WAY,
            "0 <= errors|cannot fail: errors is never below 0" + EITHER_WAY,
            "errors < 0|cannot pass: errors is never below 0" + EITHER_WAY,
            "p(99) < 0ms|cannot pass: p(99) is never below 0ms" + EITHER_WAY,
            "0s > p(99)|cannot pass: p(99) is never below 0s" + EITHER_WAY,
            "memory.peak >= 0B|cannot fail: memory.peak is never below 0B" + EITHER_WAY,
            "p(99) < p(99)|cannot pass: p(99) is never below p(99) of the same variant" + EITHER_WAY,
            "p(99) == p(99)|cannot fail: p(99) is always equal to p(99) of the same variant" + EITHER_WAY,
            "p(99)(a) >= p(99)(a)|cannot fail: p(99)(a) is never below p(99)(a)" + EITHER_WAY,
            "p(50) > p(99)|cannot pass: p(50) is never above p(99) of the same variant" + EITHER_WAY,
            "p(99) <= latency.max|cannot fail: p(99) is never above latency.max of the same variant" + EITHER_WAY,
            "2 * latency.max < p(99.9)|cannot pass: 2 * latency.max is never below p(99.9) of the same variant"
                    + EITHER_WAY,
            "gcPause.p99 > gcPause.max|cannot pass: gcPause.p99 is never above gcPause.max of the same variant"
                    + EITHER_WAY,
            "errors(a) > requests(a)|cannot pass: errors(a) is never above requests(a)" + EITHER_WAY})
    void thresholdsThatCannotFailOrCannotPassAreRefused(String caseText) {
        String[] parts = caseText.split("\\|");
        assertThat(thresholdProblem(parts[0])).isEqualTo("h.yaml:13: thresholds[0]: \"" + parts[0] + "\": " + parts[1]);
    }

    private static final String EITHER_WAY = "; a threshold must be able to pass and to fail";

    @ParameterizedTest
    @ValueSource(strings = {"errors == 0", "errors <= 0", "errors > 0", "errorRate < 5%", "errorRate < 100%",
            "errorRate >= 100%", "errorRate == 100%", "2 * errorRate < 150%", "p(50) < p(99)", "p(99) > p(50)",
            "p(99)(a) < p(99)(b)", "p(99) < 2 * p(50)", "latency.max > p(99)", "errors(a) < requests(a)",
            "oomKilled == false", "steadyState.before != steadyState.after", "memory.peak > 0B", "1.1 * p(99) > p(99)"})
    void thresholdsThatCanGoEitherWayAreAccepted(String threshold) {
        assertThat(valid(with("thresholds: ['" + threshold + "']\nhypothesis: {checks: ['errors == 0']}\n"))
                .thresholds().all()).hasSize(1);
    }

    // 9. The steady state judged by itself.

    @Test
    void aHypothesisCannotCheckTheSteadyStateItDefines() {
        assertThat(problem(with("hypothesis: {checks: ['errors == 0', 'steadyState.before == true']}\n")))
                .isEqualTo("h.yaml:13: hypothesis.checks[1]: names steadyState.before, the outcome of these very checks;"
                        + " a check cannot depend on itself, so check what the steady state is, like \"errors == 0\","
                        + " and put \"steadyState.before == true\" under thresholds");
    }

    @Test
    void aThresholdOnTheSteadyStateNeedsAHypothesis() {
        assertThat(thresholdProblem("steadyState.after == true"))
                .isEqualTo("h.yaml:13: thresholds[0]: names steadyState.after, the outcome of the hypothesis, but"
                        + " this scenario has none, so it could never be measured; add a hypothesis with checks like"
                        + " \"errors == 0\", or remove it");
        valid(with("thresholds: ['steadyState.after == true']\nhypothesis: {checks: ['errors == 0']}\n"));
    }

    // 10. One definition of units, used by fields and thresholds alike.

    /**
     * Every unit, in a field and in a threshold: the same texts, the same value. A field's size is whole bytes, so a
     * field refuses a fraction of a byte (with a sentence) where a threshold on a per-request average keeps it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"B", "KiB", "MiB", "GiB", "TiB", "KB", "MB", "GB", "TB"})
    void aSizeMeansTheSameInAFieldAndInAThreshold(String unit) {
        for (String number : List.of("7", "7.5", "1024", "0.001", "0")) {
            String text = number + unit;
            Literal literal = (Literal) Threshold.parse("allocBytesPerRequest > " + text).right();
            assertThat(literal.text()).isEqualTo(text);
            BigDecimal exact = new BigDecimal(number).multiply(BigDecimal.valueOf(switch (unit) {
                case "B" -> 1L;
                case "KiB" -> 1L << 10;
                case "MiB" -> 1L << 20;
                case "GiB" -> 1L << 30;
                case "TiB" -> 1L << 40;
                case "KB" -> 1_000L;
                case "MB" -> 1_000_000L;
                case "GB" -> 1_000_000_000L;
                default -> 1_000_000_000_000L;
            }));
            assertThat(literal.value()).as(text).isEqualTo(exact.doubleValue());
            if (exact.stripTrailingZeros().scale() <= 0) {
                assertThat(ByteSize.parseZeroOrMore(text).bytes()).as(text).isEqualTo(exact.longValueExact());
                assertThat(Tolerance.parse(Metric.Named.MEMORY_PEAK, text).amount()).isEqualTo(literal.value());
            } else {
                assertThatThrownBy(() -> ByteSize.parseZeroOrMore(text)).as(text)
                        .hasMessageContaining("not a whole number of bytes");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"us", "ms", "s", "m", "h"})
    void aDurationMeansTheSameInAFieldAndInAThreshold(String unit) {
        for (String number : List.of("3", "1.5", "0.25", "20")) {
            String text = number + unit;
            Duration field = DurationText.parse(text);
            Literal literal = (Literal) Threshold.parse("p(99) < " + text).right();
            assertThat(literal.value()).as(text).isCloseTo(field.toNanos() / 1e6, offset(1e-9));
            assertThat(Tolerance.parse(new Metric.Percentile(99), text).amount()).isEqualTo(literal.value());
        }
    }

    @Test
    void aPercentMeansTheSameInAThresholdAndATolerance() {
        for (String percent : List.of("5%", "0.5%", "100%", "12.25%")) {
            Literal literal = (Literal) Threshold.parse("errorRate < " + percent).right();
            assertThat(Tolerance.parse(Metric.Named.ERROR_RATE, percent).amount()).as(percent).isEqualTo(literal.value());
        }
    }

    @Test
    void gigabytesAreAcceptedByTheFieldAndTheThresholdAlike() {
        Scenario scenario = valid(withTarget("").replace("memory: 64MiB", "memory: 1GB")
                + "thresholds: ['memory.peak < 1GB']\n");
        assertThat(scenario.target().memory().bytes()).isEqualTo(1_000_000_000L);
        assertThat(((Literal) scenario.thresholds().all().get(0).right()).value()).isEqualTo(1e9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"64mb", "64Mib", "64m", "64k", "64 M i B"})
    void unitsAreWrittenExactly(String memory) {
        assertThat(problem(withTarget("").replace("memory: 64MiB", "memory: '" + memory + "'")))
                .contains("target.memory: expected a size like 64MiB");
    }

    // Found beside the issue's kinds: text that reaches an HTTP request.

    @Test
    void headersAndPathsCarryNoControlCharacters() {
        String http = "simulation: http\nrate: 10/s\nrequests: [{path: %s, headers: {%s: %s}}]";
        String load = scenario("s", "", http.formatted("/", "\"Bad Name\"", "x")).replace("  simulation: parse\n", "");
        assertThat(problem(load)).isEqualTo("h.yaml:13: load.requests[0].headers: \"Bad Name\" is not a header name:"
                + " use letters, digits and !#$%&'*+-.^_`|~, like Content-Type");
        load = scenario("s", "", http.formatted("/", "X-A", "\"a\\r\\nX-Injected: 1\"")).replace("  simulation: parse\n", "");
        assertThat(problem(load)).isEqualTo("h.yaml:13: load.requests[0].headers.X-A: contains a control character,"
                + " which no header value can hold; remove it");
        load = scenario("s", "", http.formatted("\"/a\\nb\"", "X-A", "x")).replace("  simulation: parse\n", "");
        assertThat(problem(load)).isEqualTo("h.yaml:13: load.requests[0].path: contains a control character, which no"
                + " URL can hold; write it percent-encoded, like %0A for a newline");
        assertThat(problem(withTarget("healthPath: \"/healthz\\0\""))).startsWith("h.yaml:5: target.healthPath: expected a"
                + " path starting with / like /healthz");
    }
}
