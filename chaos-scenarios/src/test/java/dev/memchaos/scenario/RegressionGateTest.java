package dev.memchaos.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memchaos.scenario.Metric.Named;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A run judged against a baseline run: which way is worse, the tolerance, and the sentence for each verdict. */
class RegressionGateTest {

    private static final Metric P99 = new Metric.Percentile(99);
    private static final String RUN = "20260501-030000-parse-1200-keys";

    private static Check only(Tolerance tolerance, Measured current, Measured baseline) {
        List<Check> checks = RegressionGate.compare(Regression.of(tolerance), current, baseline, RUN);
        assertThat(checks).hasSize(1);
        return checks.get(0);
    }

    private static Check p99(double before, double now, String tolerance) {
        return only(Tolerance.parse(P99, tolerance), new Measured("unsized").with("unsized", P99, now),
                new Measured("unsized").with("unsized", P99, before));
    }

    @Test
    void aRiseBeyondARelativeToleranceFails() {
        assertThat(p99(3.0, 4.2, "25%")).isEqualTo(new Check(
                "regression p(99) [unsized] vs " + RUN,
                "p(99) may rise at most 25% over the baseline",
                "3.0ms → 4.2ms (+40.0%)",
                false,
                "p(99) of unsized rose from 3.0ms in run " + RUN + " to 4.2ms (+40.0%), beyond the 25% tolerance",
                List.of("unsized")));
    }

    @Test
    void aRiseWithinTheToleranceAndExactlyAtItPasses() {
        Check within = p99(3.0, 3.3, "25%");
        assertThat(within.pass()).isTrue();
        assertThat(within.actual()).isEqualTo("3.0ms → 3.3ms (+10.0%)");
        assertThat(within.why()).isEqualTo(
                "p(99) of unsized rose from 3.0ms in run " + RUN + " to 3.3ms (+10.0%), within the 25% tolerance");

        assertThat(p99(100, 110, "10%").pass()).as("exactly at the tolerance").isTrue();
        assertThat(p99(0.7, 0.77, "10%").pass()).as("exactly at the tolerance, with rounding").isTrue();
        assertThat(p99(100, 110.01, "10%").pass()).isFalse();
    }

    @Test
    void aFallOfABetterLowerMetricIsAnImprovement() {
        Check improved = p99(3.0, 2.5, "0%");

        assertThat(improved.pass()).isTrue();
        assertThat(improved.actual()).isEqualTo("3.0ms → 2.5ms (-16.7%)");
        assertThat(improved.why()).isEqualTo("p(99) of unsized improved: it fell from 3.0ms in run " + RUN
                + " to 2.5ms (-16.7%)");
    }

    @Test
    void noChangePasses() {
        Check same = p99(3.0, 3.0, "0%");

        assertThat(same.pass()).isTrue();
        assertThat(same.actual()).isEqualTo("3.0ms → 3.0ms (no change)");
        assertThat(same.why()).isEqualTo("p(99) of unsized was 3.0ms, as in run " + RUN);
    }

    @Test
    void aZeroToleranceAllowsNoRise() {
        Check c = p99(3.0, 3.1, "0%");

        assertThat(c.pass()).isFalse();
        assertThat(c.why()).isEqualTo("p(99) of unsized rose from 3.0ms in run " + RUN + " to 3.1ms (+3.3%),"
                + " and no rise is allowed");
    }

    @Test
    void againstABaselineOfZeroARelativeToleranceAllowsNoRise() {
        Check c = only(Tolerance.parse(Named.ERRORS, "50%"), new Measured("a").with("a", Named.ERRORS, 3),
                new Measured("a").with("a", Named.ERRORS, 0));

        assertThat(c.pass()).isFalse();
        assertThat(c.actual()).isEqualTo("0 → 3 (+3)");
        assertThat(c.why()).isEqualTo("errors of a rose from 0 in run " + RUN + " to 3 (+3), and against a baseline"
                + " of zero the 50% tolerance allows no rise at all");

        Check stillZero = only(Tolerance.parse(Named.ERRORS, "50%"), new Measured("a").with("a", Named.ERRORS, 0),
                new Measured("a").with("a", Named.ERRORS, 0));
        assertThat(stillZero.pass()).isTrue();
        assertThat(stillZero.why()).isEqualTo("errors of a was 0, as in run " + RUN);
    }

    @Test
    void anAbsoluteToleranceIsJudgedAndShownInTheMetricsUnit() {
        Measured before = new Measured("a").with("a", Named.GC_PAUSE_P99, 1.0)
                .with("a", Named.ALLOC_BYTES_PER_REQUEST, 100 * 1024);
        Measured after = new Measured("a").with("a", Named.GC_PAUSE_P99, 4.0)
                .with("a", Named.ALLOC_BYTES_PER_REQUEST, 100.5 * 1024);

        List<Check> checks = RegressionGate.compare(Regression.of(Tolerance.parse(Named.GC_PAUSE_P99, "2ms"),
                Tolerance.parse(Named.ALLOC_BYTES_PER_REQUEST, "1KiB")), after, before, RUN);

        assertThat(checks).extracting(Check::name).containsExactly("regression gcPause.p99 [a] vs " + RUN,
                "regression allocBytesPerRequest [a] vs " + RUN);
        assertThat(checks).extracting(Check::pass).containsExactly(false, true);
        assertThat(checks).extracting(Check::actual).containsExactly("1.0ms → 4.0ms (+3.0ms)",
                "100KiB → 100.5KiB (+512B)");
        assertThat(checks.get(0).threshold()).isEqualTo("gcPause.p99 may rise at most 2ms over the baseline");
        assertThat(checks.get(0).why()).isEqualTo("gcPause.p99 of a rose from 1.0ms in run " + RUN
                + " to 4.0ms (+3.0ms), beyond the 2ms tolerance");
        assertThat(checks.get(1).why()).isEqualTo("allocBytesPerRequest of a rose from 100KiB in run " + RUN
                + " to 100.5KiB (+512B), within the 1KiB tolerance");
    }

    @Test
    void aRatioMovesInPercentagePoints() {
        Tolerance half = Tolerance.parse(Named.ERROR_RATE, "0.5%");

        Check beyond = only(half, new Measured("a").with("a", Named.ERROR_RATE, 0.009),
                new Measured("a").with("a", Named.ERROR_RATE, 0.002));
        Check within = only(half, new Measured("a").with("a", Named.ERROR_RATE, 0.006),
                new Measured("a").with("a", Named.ERROR_RATE, 0.002));

        assertThat(beyond.pass()).isFalse();
        assertThat(beyond.threshold()).isEqualTo("errorRate may rise at most 0.5 percentage points over the baseline");
        assertThat(beyond.actual()).isEqualTo("0.2% → 0.9% (+0.7 percentage points)");
        assertThat(beyond.why()).isEqualTo("errorRate of a rose from 0.2% in run " + RUN + " to 0.9%"
                + " (+0.7 percentage points), beyond the tolerance of 0.5 percentage points");
        assertThat(within.pass()).isTrue();
    }

    @Test
    void aBooleanRegressesOnAnyChangeForTheWorse() {
        Tolerance oom = Tolerance.parse(Named.OOM_KILLED, "0");
        Measured current = new Measured("a", "b", "c")
                .with("a", Named.OOM_KILLED, 1).with("b", Named.OOM_KILLED, 0).with("c", Named.OOM_KILLED, 1);
        Measured baseline = new Measured("a", "b", "c")
                .with("a", Named.OOM_KILLED, 0).with("b", Named.OOM_KILLED, 1).with("c", Named.OOM_KILLED, 1);

        List<Check> checks = RegressionGate.compare(Regression.of(oom), current, baseline, RUN);

        assertThat(checks).extracting(Check::pass).containsExactly(false, true, true);
        assertThat(checks).extracting(Check::actual).containsExactly("false → true", "true → false", "true → true");
        assertThat(checks).extracting(Check::why).containsExactly(
                "oomKilled of a turned true, where it was false in run " + RUN
                        + "; a true/false metric regresses on any change for the worse",
                "oomKilled of b improved from true in run " + RUN + " to false",
                "oomKilled of c was true, as in run " + RUN);
        assertThat(checks.get(0).threshold()).isEqualTo("oomKilled may not turn true where the baseline was false");
    }

    @Test
    void aBetterHigherBooleanRegressesWhenItFalls() {
        Check c = only(Tolerance.parse(Named.STEADY_STATE_AFTER, "0"),
                new Measured("a").with("a", Named.STEADY_STATE_AFTER, 0),
                new Measured("a").with("a", Named.STEADY_STATE_AFTER, 1));

        assertThat(c.pass()).isFalse();
        assertThat(c.why()).isEqualTo("steadyState.after of a turned false, where it was true in run " + RUN
                + "; a true/false metric regresses on any change for the worse");
    }

    @Test
    void whatCannotBeComparedPassesAndSaysWhy() {
        Measured current = new Measured("unsized", "sized", "presized")
                .with("unsized", P99, 4.0).with("presized", P99, 2.0);
        Measured baseline = new Measured("unsized", "sized")
                .with("sized", P99, 3.0);

        List<Check> checks = RegressionGate.compare(Regression.of(Tolerance.parse(P99, "25%")), current, baseline, RUN);

        assertThat(checks).extracting(Check::pass).containsExactly(true, true, true);
        assertThat(checks).extracting(Check::variants)
                .containsExactly(List.of("unsized"), List.of("sized"), List.of("presized"));
        assertThat(checks).extracting(Check::actual).containsExactly(
                "not measured → 4.0ms", "3.0ms → not measured", "not in the baseline → 2.0ms");
        assertThat(checks).extracting(Check::why).containsExactly(
                "p(99) of unsized was not compared: run " + RUN + " did not measure it",
                "p(99) of sized was not compared: this run did not measure it",
                "p(99) of presized was not compared: presized is a new variant, not in run " + RUN);

        Check neither = only(Tolerance.parse(P99, "25%"), new Measured("a"), new Measured("a"));
        assertThat(neither.pass()).isTrue();
        assertThat(neither.why()).isEqualTo("p(99) of a was not compared: neither this run nor run " + RUN
                + " measured it");
    }

    @Test
    void aNaNIsNotAMeasurement() {
        Check c = p99(Double.NaN, 3.0, "25%");

        assertThat(c.pass()).isTrue();
        assertThat(c.why()).isEqualTo("p(99) of unsized was not compared: run " + RUN + " did not measure it");
    }

    @Test
    void everyToleranceIsCheckedForEveryVariantInTheOrderWritten() {
        Measured current = new Measured("unsized", "sized")
                .with("unsized", P99, 5).with("sized", P99, 2)
                .with("unsized", Named.ERRORS, 0).with("sized", Named.ERRORS, 1);
        Measured baseline = new Measured("unsized", "sized")
                .with("unsized", P99, 4).with("sized", P99, 2)
                .with("unsized", Named.ERRORS, 0).with("sized", Named.ERRORS, 0);

        List<Check> checks = Regression.of(Tolerance.parse(P99, "10%"), Tolerance.parse(Named.ERRORS, "0"))
                .compare(current, baseline, RUN);

        assertThat(checks).extracting(Check::name).containsExactly(
                "regression p(99) [unsized] vs " + RUN, "regression p(99) [sized] vs " + RUN,
                "regression errors [unsized] vs " + RUN, "regression errors [sized] vs " + RUN);
        assertThat(checks).extracting(Check::pass).containsExactly(false, true, true, false);
        assertThat(checks.get(3).why()).isEqualTo("errors of sized rose from 0 in run " + RUN + " to 1 (+1),"
                + " and no rise is allowed");
    }

    @Test
    void noToleranceIsNoCheckAndNoMeasuredVariantFails() {
        assertThat(RegressionGate.compare(Regression.none(), new Measured("a"), new Measured("a"), RUN)).isEmpty();

        Check c = only(Tolerance.parse(P99, "25%"), new Measured(), new Measured("a").with("a", P99, 3));
        assertThat(c.pass()).isFalse();
        assertThat(c.name()).isEqualTo("regression p(99) vs " + RUN);
        assertThat(c.why()).isEqualTo("no variant was measured in this run, so p(99) could not be compared with run "
                + RUN);
        assertThat(c.variants()).isEmpty();
    }
}
