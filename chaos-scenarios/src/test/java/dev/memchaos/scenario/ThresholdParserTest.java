package dev.memchaos.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import dev.memchaos.scenario.Operand.Literal;
import dev.memchaos.scenario.Operand.MetricRef;
import dev.memchaos.scenario.Operand.Quantity;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThresholdParserTest {

    @Test
    void percentileAgainstATime() {
        Threshold t = Threshold.parse("p(99) < 250ms");

        assertThat(t.left()).isEqualTo(new MetricRef(1, new Metric.Percentile(99), Optional.empty()));
        assertThat(t.operator()).isEqualTo(Operator.LT);
        assertThat(t.right()).isEqualTo(new Literal(250, Quantity.TIME, "250ms"));
        assertThat(t.variants()).isEmpty();
    }

    @Test
    void fractionalPercentileOfANamedVariant() {
        Threshold t = Threshold.parse("p(99.9)(sized) <= 1s");

        assertThat(t.left()).isEqualTo(new MetricRef(1, new Metric.Percentile(99.9), Optional.of("sized")));
        assertThat(((MetricRef) t.left()).text()).isEqualTo("p(99.9)(sized)");
        assertThat(t.right()).isEqualTo(new Literal(1000, Quantity.TIME, "1s"));
        assertThat(t.variants()).containsExactly("sized");
    }

    @Test
    void scaledMetricOfAnotherVariant() {
        Threshold t = Threshold.parse("allocBytesPerRequest(unsized) > 1.1 * allocBytesPerRequest(sized)");

        assertThat(t.left()).isEqualTo(
                new MetricRef(1, Metric.Named.ALLOC_BYTES_PER_REQUEST, Optional.of("unsized")));
        assertThat(t.operator()).isEqualTo(Operator.GT);
        assertThat(t.right()).isEqualTo(
                new MetricRef(1.1, Metric.Named.ALLOC_BYTES_PER_REQUEST, Optional.of("sized")));
        assertThat(t.variants()).containsExactly("unsized", "sized");
    }

    @Test
    void booleanLiteralAndEveryOperator() {
        assertThat(Threshold.parse("oomKilled == false").right()).isEqualTo(new Literal(0, Quantity.BOOLEAN, "false"));
        assertThat(Threshold.parse("oomKilled != true").operator()).isEqualTo(Operator.NE);
        assertThat(Threshold.parse("requests >= 100").operator()).isEqualTo(Operator.GE);
        assertThat(Threshold.parse("errors<=0").operator()).isEqualTo(Operator.LE);
    }

    @Test
    void literalMayComeFirst() {
        Threshold t = Threshold.parse("64MiB > memory.peak");

        assertThat(t.left()).isEqualTo(new Literal(64 * 1024 * 1024, Quantity.SIZE, "64MiB"));
        assertThat(t.right()).isEqualTo(new MetricRef(1, Metric.Named.MEMORY_PEAK, Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "p(99) < 250ms        | 250",
            "p(99) < 0.25s        | 250",
            "p(99) < 250 ms       | 250",
            "p(99) < 1500us       | 1.5",
            "memory.peak < 64MiB  | 67108864",
            "memory.peak < 512KiB | 524288",
            "memory.peak < 1GiB   | 1073741824",
            "memory.peak < 100B   | 100",
            "errorRate < 5%       | 0.05",
            "errorRate < 0.05     | 0.05",
            "gcCycles < 12        | 12"})
    void normalisesLiteralsToTheMetricUnit(String text, double expected) {
        assertThat(((Literal) Threshold.parse(text).right()).value()).isCloseTo(expected, offset(1e-9));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "p(99) <> 250ms    | at column 8: expected a number, a metric like p(99), or true/false, found \">\"",
            "p(99) 250ms       | at column 7: expected a comparison: <, <=, >, >=, == or !=, found \"250ms\"",
            "p(99) < 250sec    | at column 12: expected a unit (us, ms, s, m, h, B, KiB, MiB, GiB, TiB, KB, MB, GB, TB or %), found \"sec\"",
            "p(99) < 1e3ms     | at column 10: expected a unit (us, ms, s, m, h, B, KiB, MiB, GiB, TiB, KB, MB, GB, TB or %), found \"e3ms\"; write numbers in plain decimal, without an exponent",
            "p(99) < 0250ms    | at column 9: expected a number like 250 or 0.5, found \"0250\"; write numbers without leading zeros, like 250",
            "p(99) < 250ms x   | at column 15: expected the end of the threshold, found \"x\"",
            "p(99 < 250ms      | at column 6: expected ')', found \"<\"",
            "p() < 250ms       | at column 3: expected a percentile like 99 or 99.9, found \")\"",
            "p(0) < 250ms      | at column 3: a percentile must be above 0 and at most 100, not 0",
            "p(101) < 250ms    | at column 3: a percentile must be above 0 and at most 100, not 101",
            "p(99)() < 250ms   | at column 7: expected a variant name like unsized, found \")\"",
            "gcpause.p99 < 2ms | at column 1: unknown metric \"gcpause.p99\"; did you mean \"gcPause.p99\"?",
            "p99 < 2ms         | at column 1: unknown metric \"p99\"; did you mean \"p(99)\"?",
            "2 * < 2ms         | at column 5: expected a metric like p(99) or allocBytesPerRequest after '*', found \"<\"",
            "p(99) <           | at column 8: expected a number, a metric like p(99), or true/false, found the end of the text",
            "1. < p(99)        | at column 3: expected a digit after the decimal point, found \" \""})
    void syntaxErrorsSayWhereAndWhatWasExpected(String text, String expected) {
        assertThatThrownBy(() -> Threshold.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot parse \"" + text + "\" " + expected);
    }

    @Test
    void unknownMetricWithoutACloseMatchListsTheKnownOnes() {
        assertThatThrownBy(() -> Threshold.parse("throughput > 5"))
                .hasMessageContaining("unknown metric \"throughput\"; known metrics are p(N), latency.max, requests");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "p(99) < 20MiB           | p(99) is a time; compare it with a time like 250ms, not 20MiB",
            "memory.peak < 250       | memory.peak is a size; compare it with a size like 64MiB, not 250",
            "requests > 5%           | requests is a count; compare it with a plain number like 10, not 5%",
            "oomKilled == 1          | oomKilled is true or false; compare it with true or false, not 1",
            "oomKilled > false       | oomKilled is true or false; compare it with == or !=",
            "2 * oomKilled == true   | oomKilled is true or false and cannot be multiplied",
            "1ms < 2ms               | compares two fixed values; one side must be a metric like p(99)",
            "p(99)(a) < p(99)        | names a variant on one metric but not on the other; name a variant on both, or on neither to check every variant",
            "p(99) < memory.peak     | p(99) is a time but memory.peak is a size; only like compares with like",
            "errorRate < 5           | errorRate is a ratio from 0 to 1; write 5% or 0.05, not 5"})
    void meaninglessComparisonsAreRejected(String text, String expected) {
        assertThatThrownBy(() -> Threshold.parse(text)).hasMessage("\"" + text + "\": " + expected);
    }

    @Test
    void emptyThresholdIsRejected() {
        assertThatThrownBy(() -> Threshold.parse("  ")).hasMessageContaining("cannot be empty");
    }
}
