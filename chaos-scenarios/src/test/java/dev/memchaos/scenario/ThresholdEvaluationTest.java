package dev.memchaos.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThresholdEvaluationTest {

    private static final Metric P99 = new Metric.Percentile(99);

    @Test
    void unqualifiedThresholdIsCheckedForEveryVariant() {
        Measured m = new Measured("unsized", "sized").with("unsized", P99, 312.4).with("sized", P99, 180);

        List<Check> checks = Thresholds.of("p(99) < 250ms").evaluate(m);

        assertThat(checks).containsExactly(
                new Check("p(99) < 250ms [unsized]", "p(99) < 250ms", "p(99) = 312.4ms", false,
                        "p(99) of unsized was 312.4ms, above the limit of 250ms", List.of("unsized")),
                new Check("p(99) < 250ms [sized]", "p(99) < 250ms", "p(99) = 180.0ms", true,
                        "p(99) of sized was 180.0ms, within the limit of 250ms", List.of("sized")));
    }

    @Test
    void crossVariantThresholdWithAFactorIsCheckedOnce() {
        Measured m = new Measured("unsized", "sized")
                .with("unsized", Metric.Named.ALLOC_BYTES_PER_REQUEST, 120.3 * 1024)
                .with("sized", Metric.Named.ALLOC_BYTES_PER_REQUEST, 90.1 * 1024);

        List<Check> checks = Thresholds.of("allocBytesPerRequest(unsized) > 1.1 * allocBytesPerRequest(sized)")
                .evaluate(m);

        assertThat(checks).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("allocBytesPerRequest(unsized) > 1.1 * allocBytesPerRequest(sized)");
            assertThat(c.actual()).isEqualTo(
                    "allocBytesPerRequest(unsized) = 120.3KiB, allocBytesPerRequest(sized) = 90.1KiB");
            assertThat(c.pass()).isTrue();
            assertThat(c.why()).isEqualTo("allocBytesPerRequest of unsized was 120.3KiB,"
                    + " above 1.1 times allocBytesPerRequest of sized (99.1KiB)");
            assertThat(c.variants()).containsExactly("unsized", "sized");
        });
    }

    @Test
    void crossVariantFailureSaysWhatWasRequired() {
        Measured m = new Measured("unsized", "sized")
                .with("unsized", Metric.Named.ALLOC_BYTES_PER_REQUEST, 95 * 1024)
                .with("sized", Metric.Named.ALLOC_BYTES_PER_REQUEST, 90 * 1024);

        Check c = Thresholds.of("allocBytesPerRequest(unsized) > 1.1 * allocBytesPerRequest(sized)")
                .evaluate(m).get(0);

        assertThat(c.pass()).isFalse();
        assertThat(c.why()).isEqualTo("allocBytesPerRequest of unsized was 95KiB,"
                + " below 1.1 times allocBytesPerRequest of sized (99KiB); it must be above it");
    }

    @Test
    void aMetricThatWasNotMeasuredFails() {
        Measured m = new Measured("unsized").with("unsized", P99, 10);

        Check c = Thresholds.of("gcPause.p99 < 20ms").evaluate(m).get(0);

        assertThat(c.pass()).isFalse();
        assertThat(c.actual()).isEqualTo("gcPause.p99 = not measured");
        assertThat(c.why()).isEqualTo("gcPause.p99 of unsized was not measured");
    }

    @Test
    void aVariantThatWasNotMeasuredFailsTheCrossVariantCheck() {
        Measured m = new Measured("unsized").with("unsized", P99, 10);

        Check c = Thresholds.of("p(99)(unsized) < p(99)(sized)").evaluate(m).get(0);

        assertThat(c.pass()).isFalse();
        assertThat(c.actual()).isEqualTo("p(99)(unsized) = 10.0ms, p(99)(sized) = not measured");
        assertThat(c.why()).isEqualTo("p(99) of sized was not measured");
    }

    @Test
    void noMeasuredVariantFailsRatherThanPassingSilently() {
        assertThat(Thresholds.of("p(99) < 250ms").evaluate(new Measured())).singleElement()
                .satisfies(c -> assertThat(c.pass()).isFalse());
    }

    @Test
    void booleanComparison() {
        Measured m = new Measured("a", "b").with("a", Metric.Named.OOM_KILLED, 0).with("b", Metric.Named.OOM_KILLED, 1);

        List<Check> checks = Thresholds.of("oomKilled == false").evaluate(m);

        assertThat(checks).extracting(Check::pass).containsExactly(true, false);
        assertThat(checks).extracting(Check::actual).containsExactly("oomKilled = false", "oomKilled = true");
        assertThat(checks.get(0).why()).isEqualTo("oomKilled of a was false, as required");
        assertThat(checks.get(1).why()).isEqualTo("oomKilled of b was true; it must be false");
    }

    @Test
    void unitsAreNormalisedBeforeComparing() {
        Measured m = new Measured("a")
                .with("a", P99, 240)
                .with("a", Metric.Named.MEMORY_PEAK, 60 * 1024 * 1024)
                .with("a", Metric.Named.ERROR_RATE, 0.06);

        List<Check> checks = Thresholds.of("p(99) < 250ms", "p(99) < 0.25s", "memory.peak < 64MiB",
                "errorRate < 5%").evaluate(m);

        assertThat(checks).extracting(Check::pass).containsExactly(true, true, true, false);
        assertThat(checks.get(2).actual()).isEqualTo("memory.peak = 60MiB");
        assertThat(checks.get(3).actual()).isEqualTo("errorRate = 6.0%");
        assertThat(checks.get(3).why()).isEqualTo("errorRate of a was 6.0%, above the limit of 5%");
    }

    @Test
    void lowerBoundsAndLiteralFirst() {
        Measured m = new Measured("a").with("a", Metric.Named.REQUESTS, 2900);

        List<Check> checks = Thresholds.of("requests >= 3000", "3000 > requests").evaluate(m);

        assertThat(checks).extracting(Check::pass).containsExactly(false, true);
        assertThat(checks.get(0).why()).isEqualTo("requests of a was 2900, below the minimum of 3000");
        assertThat(checks.get(1).why()).isEqualTo("requests of a was 2900, within the limit of 3000");
    }
}
