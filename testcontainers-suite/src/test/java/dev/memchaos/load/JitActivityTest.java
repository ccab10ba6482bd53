package dev.memchaos.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.memchaos.load.JitActivity.Sample;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JIT's compiling time per second, over the last seconds of what ran. */
class JitActivityTest {

    private static final long SECOND = 1_000_000_000L;
    private static final Duration WINDOW = Duration.ofSeconds(3);

    @Test
    void onlyTheLastWindowCounts() {
        // 900 ms of compiling in the first second (a Gatling run's start-up), then 60 ms in each of the next four.
        List<Sample> samples = List.of(new Sample(0, 1_000), new Sample(SECOND, 1_900), new Sample(2 * SECOND, 1_960),
                new Sample(3 * SECOND, 2_020), new Sample(4 * SECOND, 2_080), new Sample(5 * SECOND, 2_140));

        assertThat(JitActivity.millisPerSecond(samples, WINDOW)).isCloseTo(60, within(1e-9));
    }

    @Test
    void allOfItWhenShorterThanTheWindow() {
        List<Sample> samples = List.of(new Sample(0, 0), new Sample(SECOND / 2, 50), new Sample(SECOND, 100));

        assertThat(JitActivity.millisPerSecond(samples, WINDOW)).isCloseTo(100, within(1e-9));
    }

    @Test
    void nothingToSayFromOneSample() {
        assertThat(JitActivity.millisPerSecond(List.of(new Sample(0, 10)), WINDOW)).isZero();
    }

    @Test
    void thisJvmReportsItsJitsTime() throws Exception {
        try (JitActivity jit = JitActivity.watch().orElseThrow()) {
            Thread.sleep(300);
            assertThat(jit.recentMillisPerSecond()).isNotNegative();
        }
    }
}
