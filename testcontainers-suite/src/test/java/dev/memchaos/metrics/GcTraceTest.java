package dev.memchaos.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class GcTraceTest {

    private static final Instant T0 = Instant.parse("2026-05-01T12:00:00Z");

    private static GcTrace read(String fixture) {
        GcTrace trace = new GcTrace();
        List<String> lines = Fixtures.lines(fixture);
        for (int i = 0; i < lines.size(); i++) {
            trace.accept(T0.plusMillis(100L * i), lines.get(i));
        }
        return trace;
    }

    /**
     * The expected figures were computed from the fixture files by awk and sort, not by this code:
     * {@code awk '{split($5,a,"+"); print a[1]; print a[3]}' F | sort -g}, then the ceil(0.99 n)-th and the last value.
     */
    @ParameterizedTest
    @CsvSource({"gctrace-go1.23.txt, 214, 0.38, 0.63", "gctrace-go1.26.txt, 164, 2.3, 4.3"})
    void figuresOfAWholeTraceAreTwoPausesPerCycleTheirNearestRankP99AndMax(String fixture, int pauses, double p99Ms,
                                                                        double maxMs) {
        GcFigures gc = GcTrace.figures(read(fixture).cycles());

        assertThat(gc.source()).isEqualTo(GcSource.GCTRACE);
        assertThat(gc.pauses()).isEqualTo(pauses);
        assertThat(gc.cycles()).hasValue(pauses / 2.0);
        assertThat(gc.p99Seconds().getAsDouble() * 1000).isCloseTo(p99Ms, within(1e-9));
        assertThat(gc.maxSeconds().getAsDouble() * 1000).isCloseTo(maxMs, within(1e-9));
    }

    @Test
    void onlyCyclesLoggedInsideTheWindowCount() {
        GcTrace trace = read("gctrace-go1.23.txt");

        List<GcTrace.Cycle> window = trace.within(T0.plusMillis(1000), T0.plusMillis(2000));

        assertThat(window).extracting(c -> c.line().cycle()).containsExactly(11L, 12L, 13L, 14L, 15L, 16L, 17L, 18L, 19L, 20L, 21L);
        assertThat(GcTrace.figures(List.of()).pauses()).isZero();
        assertThat(GcTrace.figures(List.of()).p99Seconds()).isEmpty();
    }

    @Test
    void aFloodOfOtherLinesKeepsNothingAndTooManyCyclesKeepTheNewest() {
        GcTrace trace = new GcTrace();
        for (int i = 0; i < 100_000; i++) {
            trace.accept(T0, "GET /append 200 " + i);
        }
        assertThat(trace.isEmpty()).isTrue();

        String line = Fixtures.lines("gctrace-go1.23.txt").get(0);
        for (int i = 0; i <= GcTrace.MAX_CYCLES; i++) {
            trace.accept(T0.plusMillis(i), line);
        }
        assertThat(trace.truncated()).isTrue();
        assertThat(trace.cycles()).hasSize(GcTrace.MAX_CYCLES / 2 + 1);
        assertThat(trace.cycles().get(trace.cycles().size() - 1).at()).isEqualTo(T0.plusMillis(GcTrace.MAX_CYCLES));
    }

    @Test
    void gctraceIsAddedToTheEnvironmentWithoutLosingAUsersGodebug() {
        assertThat(GcTrace.enable(Map.of("A", "1"), null)).containsEntry("GODEBUG", "gctrace=1").containsEntry("A", "1");
        assertThat(GcTrace.enable(Map.of("GODEBUG", "madvdontneed=1"), null)).containsEntry("GODEBUG", "madvdontneed=1,gctrace=1");
        assertThat(GcTrace.enable(Map.of(), "http2client=0")).containsEntry("GODEBUG", "http2client=0,gctrace=1");
        assertThat(GcTrace.enable(Map.of("GODEBUG", "x=1"), "http2client=0"))
                .as("the scenario's GODEBUG replaces the image's, as it would without memchaos").containsEntry("GODEBUG", "x=1,gctrace=1");
        assertThat(GcTrace.enable(Map.of("GODEBUG", "gctrace=2,x=1"), null)).containsEntry("GODEBUG", "gctrace=2,x=1");
        assertThat(GcTrace.enable(Map.of("GODEBUG", "gctrace=0"), null))
                .as("a user who turned gctrace off keeps it off").containsEntry("GODEBUG", "gctrace=0");
        assertThat(GcTrace.enable(Map.of(), "gctrace=0")).containsEntry("GODEBUG", "gctrace=0");
    }
}
