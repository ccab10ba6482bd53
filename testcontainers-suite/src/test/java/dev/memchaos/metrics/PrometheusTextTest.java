package dev.memchaos.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrometheusTextTest {

    private static String scrape(double pausesLe1ms, double pausesLe10ms, double pausesInf, double cycles, double bytes, double objects) {
        return """
                # HELP go_sched_pauses_total_gc_seconds Distribution of individual GC-related stop-the-world pause latencies.
                # TYPE go_sched_pauses_total_gc_seconds histogram
                go_sched_pauses_total_gc_seconds_bucket{le="0.0001"} 0
                go_sched_pauses_total_gc_seconds_bucket{le="0.001"} %s
                go_sched_pauses_total_gc_seconds_bucket{le="0.01"} %s
                go_sched_pauses_total_gc_seconds_bucket{le="+Inf"} %s
                go_sched_pauses_total_gc_seconds_sum NaN
                go_sched_pauses_total_gc_seconds_count %s
                go_gc_cycles_total_gc_cycles_total %s
                go_gc_heap_allocs_bytes_total %s
                go_gc_heap_allocs_objects_total %s
                mapsvc_info{map_sizing="sized",note="a \\"quoted\\" value"} 1 1700000000000
                """.formatted(pausesLe1ms, pausesLe10ms, pausesInf, pausesInf, cycles, bytes, objects);
    }

    @Test
    void readsSamplesWithLabelsEscapesAndTimestamps() {
        List<Sample> samples = PrometheusText.parse(scrape(1, 2, 2, 3, 4, 5));

        assertThat(samples).contains(new Sample("go_gc_cycles_total_gc_cycles_total", Map.of(), 3));
        Sample info = samples.stream().filter(s -> s.name().equals("mapsvc_info")).findFirst().orElseThrow();
        assertThat(info.labels()).containsEntry("map_sizing", "sized").containsEntry("note", "a \"quoted\" value");
        assertThat(info.value()).isEqualTo(1);
    }

    @Test
    void aLineThatIsNotTheFormatIsRefusedWithItsNumber() {
        assertThatThrownBy(() -> PrometheusText.parse("ok 1\nthis is not a metric\n"))
                .hasMessageContaining("line 2");
    }

    @Test
    void theLoadWindowIsTheDifferenceOfTwoScrapes() {
        GoRuntimeSnapshot before = GoRuntimeSnapshot.from(PrometheusText.parse(scrape(10, 10, 10, 10, 1_000, 100)));
        GoRuntimeSnapshot after = GoRuntimeSnapshot.from(PrometheusText.parse(scrape(60, 109, 110, 110, 5_001_000, 20_100)));

        GoRuntimeDelta delta = after.minus(before);

        assertThat(delta.gcCycles()).hasValue(100);
        assertThat(delta.heapAllocBytes()).hasValue(5_000_000);
        assertThat(delta.heapAllocObjects()).hasValue(20_000);
        Histogram pauses = delta.gcPausesSeconds().orElseThrow();
        assertThat(pauses.count()).isEqualTo(100);
        // 50 pauses up to 1ms, 49 in (1ms, 10ms], 1 above 10ms: p99 is the top of the (1ms, 10ms] bucket
        assertThat(pauses.quantile(0.5)).isCloseTo(0.001, within(1e-9));
        assertThat(pauses.quantile(0.99)).isCloseTo(0.01, within(1e-9));
        assertThat(pauses.quantile(0.75)).isCloseTo(0.001 + 0.009 * 25 / 49, within(1e-9));
        assertThat(pauses.maxUpperBound()).isEqualTo(0.01);
    }

    @Test
    void acrossARestartOfTheProcessTheActivityIsUnknownNotInvented() {
        String start1 = "process_start_time_seconds 1.7e9\n";
        String start2 = "process_start_time_seconds 1.70000009e9\n";
        GoRuntimeSnapshot before = GoRuntimeSnapshot.from(PrometheusText.parse(scrape(10, 10, 10, 10, 1_000, 100) + start1));
        GoRuntimeSnapshot afterRestart = GoRuntimeSnapshot.from(PrometheusText.parse(scrape(1, 1, 1, 20, 9_000_000, 50_000) + start2));
        GoRuntimeSnapshot sameProcess = GoRuntimeSnapshot.from(PrometheusText.parse(scrape(60, 109, 110, 110, 5_001_000, 20_100) + start1));

        GoRuntimeDelta acrossRestart = afterRestart.minus(before);

        assertThat(acrossRestart.heapAllocBytes()).isEmpty();
        assertThat(acrossRestart.gcCycles()).isEmpty();
        assertThat(acrossRestart.gcPausesSeconds()).isEmpty();
        assertThat(sameProcess.minus(before).heapAllocBytes()).hasValue(5_000_000);
    }

    @Test
    void fallsBackToTheClassicSeriesOfAnyClientGolangService() {
        GoRuntimeSnapshot snapshot = GoRuntimeSnapshot.from(PrometheusText.parse("""
                go_gc_duration_seconds{quantile="0.5"} 0.0001
                go_gc_duration_seconds_sum 0.01
                go_gc_duration_seconds_count 42
                go_memstats_alloc_bytes_total 1.5e+07
                go_memstats_mallocs_total 1234
                """));

        assertThat(snapshot.gcPausesSeconds()).isEmpty();
        assertThat(snapshot.gcCycles()).hasValue(42);
        assertThat(snapshot.heapAllocBytes()).hasValue(1.5e7);
        assertThat(snapshot.heapAllocObjects()).hasValue(1234);
    }

    @Test
    void nothingObservedHasNoQuantile() {
        assertThat(Histogram.EMPTY.quantile(0.99)).isNaN();
        assertThat(Histogram.EMPTY.maxUpperBound()).isNaN();
    }
}
