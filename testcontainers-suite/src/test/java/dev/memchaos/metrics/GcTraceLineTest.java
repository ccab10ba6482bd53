package dev.memchaos.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** gctrace lines as the go1.23 and go1.26 runtimes print them (fixtures made by src/test/go/gctracegen). */
class GcTraceLineTest {

    @ParameterizedTest
    @ValueSource(strings = {"gctrace-go1.23.txt", "gctrace-go1.26.txt"})
    void everyLineOfARealTraceIsOneCycleInOrderAndOnlyTheLastWasForced(String fixture) {
        List<String> lines = Fixtures.lines(fixture);
        List<GcTraceLine> parsed = lines.stream().map(GcTraceLine::parse).flatMap(Optional::stream).toList();

        assertThat(parsed).hasSize(lines.size());
        for (int i = 0; i < parsed.size(); i++) {
            assertThat(parsed.get(i).cycle()).isEqualTo(i + 1);
            assertThat(parsed.get(i).forced()).isEqualTo(i == parsed.size() - 1);
        }
    }

    @Test
    void readsTheTwoStopTheWorldPausesAndTheHeapFiguresOfAGo123Line() {
        // line 1 of gctrace-go1.23.txt
        GcTraceLine line = GcTraceLine.parse(Fixtures.lines("gctrace-go1.23.txt").get(0)).orElseThrow();

        assertThat(line).isEqualTo(new GcTraceLine(1, 0.059e-3, 0.004e-3, 3, 4, 0, 4, false));
    }

    @Test
    void readsAForcedGo126Line() {
        // the last line of gctrace-go1.26.txt: "gc 82 @0.270s 8%: 0.20+0.91+0.003 ms clock, ... 22->22->12 MB, 44 MB goal, ... (forced)"
        List<String> lines = Fixtures.lines("gctrace-go1.26.txt");
        GcTraceLine line = GcTraceLine.parse(lines.get(lines.size() - 1)).orElseThrow();

        assertThat(line).isEqualTo(new GcTraceLine(82, 0.20e-3, 0.003e-3, 22, 22, 12, 44, true));
        assertThat(line.liveBytes()).isEqualTo(12L << 20);
        assertThat(line.goalBytes()).isEqualTo(44L << 20);
    }

    @Test
    void readsGo126sGoroutineLeakNoteAndWholeMillisecondFigures() {
        // go1.26 runtime/mgc.go prints " (checking for goroutine leaks)" after the utilisation when that check ran;
        // figures from 10ms up are printed as whole milliseconds (fmtNSAsMS)
        Optional<GcTraceLine> line = GcTraceLine.parse("gc 9 @1.500s 2% (checking for goroutine leaks): 12+3.1+0.52 ms clock,"
                + " 48+0.1/2.0/3.3+2.1 ms cpu, 150->152->80 MB, 160 MB goal, 1 MB stacks, 0 MB globals, 4 P");

        assertThat(line).isPresent();
        assertThat(line.get().sweepTerminationSeconds()).isCloseTo(0.012, within(1e-12));
        assertThat(line.get().markTerminationSeconds()).isCloseTo(0.00052, within(1e-12));
        assertThat(line.get()).extracting(GcTraceLine::cycle, GcTraceLine::heapStartMiB, GcTraceLine::heapEndMiB,
                GcTraceLine::liveMiB, GcTraceLine::goalMiB, GcTraceLine::forced).containsExactly(9L, 150L, 152L, 80L, 160L, false);
    }

    @Test
    void findsALineBehindAPrefixAndIgnoresEverythingElse() {
        assertThat(GcTraceLine.parse("2026-05-01T12:00:00.1Z gc 4 @0.1s 1%: 0.01+0.2+0.003 ms clock, 0.02+0/0.1/0+0.006 ms cpu,"
                + " 3->3->1 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 2 P")).map(GcTraceLine::cycle).contains(4L);
        assertThat(GcTraceLine.parse("listening on :8080")).isEmpty();
        assertThat(GcTraceLine.parse("gc 4 @0.1s 1%: garbled ms clock")).isEmpty();
        assertThat(GcTraceLine.parse("scvg: 0 MB released")).isEmpty();
        assertThat(GcTraceLine.parse("x".repeat(2000) + Fixtures.lines("gctrace-go1.23.txt").get(0)))
                .as("a line far longer than any gctrace line is not scanned").isEmpty();
    }
}
