package dev.memchaos.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Which source a variant's GC figures come from, on exposition text captured from real services:
 * mapsvc (client_golang with runtime/metrics) and src/test/go/gcsvc (client_golang's default collectors only).
 */
class GcSourceChoiceTest {

    private static final String MAPSVC = Fixtures.text("mapsvc-metrics.txt");
    private static final String DEFAULTS = Fixtures.text("client-golang-default-metrics.txt");

    private static GoRuntimeSnapshot snapshot(String text) {
        return GoRuntimeSnapshot.from(PrometheusText.parse(text));
    }

    /** A scrape before any GC ran: the same series with every count and sum at zero. */
    private static GoRuntimeSnapshot zeroed(String text) {
        return snapshot(text.lines()
                .map(l -> l.matches("^(go_sched_pauses_total_gc_seconds_bucket|go_sched_pauses_total_gc_seconds_(count|sum)"
                        + "|go_gc_duration_seconds_(count|sum)|go_gc_cycles_total_gc_cycles_total)\\b.*")
                        ? l.replaceAll(" [^ ]+$", " 0") : l)
                .reduce("", (a, b) -> a + b + "\n"));
    }

    private static GcFigures trace() {
        GcTrace trace = new GcTrace();
        Fixtures.lines("gctrace-go1.23.txt").forEach(l -> trace.accept(Instant.EPOCH, l));
        return GcTrace.figures(trace.cycles());
    }

    @Test
    void mapsvcsRuntimeMetricsHistogramIsPreferredOverGctraceAndTheSummary() {
        GoRuntimeDelta delta = snapshot(MAPSVC).minus(zeroed(MAPSVC)).withGc(trace());

        GcFigures gc = delta.gc().orElseThrow();
        assertThat(gc.source()).isEqualTo(GcSource.RUNTIME_METRICS);
        // the fixture: go_sched_pauses_total_gc_seconds_count 240, go_gc_cycles_total_gc_cycles_total 120
        assertThat(gc.pauses()).isEqualTo(240);
        assertThat(gc.cycles()).hasValue(120);
        // 99% of 240 = rank 237.6, in the bucket (0.000917504, 0.01048576] that holds ranks 238..240
        assertThat(gc.p99Seconds().getAsDouble()).isBetween(0.000917504, 0.01048576);
        assertThat(gc.maxSeconds()).hasValue(0.010485759999999998);
        assertThat(delta.gcBySource()).containsOnlyKeys(GcSource.RUNTIME_METRICS, GcSource.GCTRACE, GcSource.GC_DURATION_SUMMARY);
    }

    @Test
    void withOnlyClientGolangsDefaultsGctraceIsPreferredOverTheCoarseSummary() {
        GoRuntimeDelta delta = snapshot(DEFAULTS).minus(zeroed(DEFAULTS));
        assertThat(delta.gc().map(GcFigures::source)).contains(GcSource.GC_DURATION_SUMMARY);

        assertThat(delta.withGc(trace()).gc().map(GcFigures::source)).contains(GcSource.GCTRACE);
    }

    @Test
    void theCoarseSummaryCountsTwoPausesPerCycleAndBoundsThemByItsMaxQuantile() {
        // the fixture: go_gc_duration_seconds{quantile="1"} 0.014765314, go_gc_duration_seconds_count 72
        GcFigures gc = snapshot(DEFAULTS).minus(zeroed(DEFAULTS)).gc().orElseThrow();

        assertThat(gc.source().label()).isEqualTo("go_gc_duration_seconds (coarse)");
        assertThat(gc.cycles()).hasValue(72);
        assertThat(gc.pauses()).isEqualTo(144);
        assertThat(gc.p99Seconds().getAsDouble()).isCloseTo(0.014765314, within(1e-12));
        assertThat(gc.maxSeconds()).isEqualTo(gc.p99Seconds());
    }

    @Test
    void theCoarseSummaryShowsNoPauseFigureForAWindowWithoutCycles() {
        GcFigures gc = snapshot(DEFAULTS).minus(snapshot(DEFAULTS)).gc().orElseThrow();

        assertThat(gc.pauses()).isZero();
        assertThat(gc.p99Seconds()).isEmpty();
        assertThat(gc.cycles()).hasValue(0);
    }

    @Test
    void noSourceNoFigures() {
        assertThat(GoRuntimeDelta.UNKNOWN.gc()).isEmpty();
        assertThat(new GcFigures(GcSource.GCTRACE, 0, OptionalDouble.of(Double.NaN), OptionalDouble.empty(),
                OptionalDouble.empty()).p99Seconds()).isEmpty();
        assertThat(GcDurationSummary.from(PrometheusText.parse(MAPSVC)).map(GcDurationSummary::cycles)).contains(120.0);
        assertThat(GcDurationSummary.from(List.of())).isEmpty();
    }
}
