package dev.memchaos.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PeakProfileTriggerTest {

    private static final long MIB = 1 << 20;
    private static final long LIMIT = 100 * MIB;
    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    private static Instant at(double seconds) {
        return T0.plusMillis(Math.round(seconds * 1000));
    }

    @Test
    void nothingBelowSeventyPercentOfTheLimit() {
        PeakProfileTrigger trigger = new PeakProfileTrigger();

        assertThat(trigger.offer(10 * MIB, LIMIT, at(0))).isFalse();
        assertThat(trigger.offer(69 * MIB, LIMIT, at(1))).isFalse();
        assertThat(trigger.offer(70 * MIB - 1, LIMIT, at(2))).isFalse();
        assertThat(trigger.offer(70 * MIB, LIMIT, at(3))).isTrue();
    }

    @Test
    void aNewProfileOnlyFivePercentOfTheLimitHigherThanTheLastOne() {
        PeakProfileTrigger trigger = new PeakProfileTrigger();

        assertThat(trigger.offer(72 * MIB, LIMIT, at(0))).isTrue();
        assertThat(trigger.offer(76 * MIB, LIMIT, at(3))).isFalse(); // +4%
        assertThat(trigger.offer(77 * MIB - 1, LIMIT, at(4))).isFalse();
        assertThat(trigger.offer(77 * MIB, LIMIT, at(5))).isTrue(); // +5%
        // falling and climbing back to the same height is no new height
        assertThat(trigger.offer(60 * MIB, LIMIT, at(8))).isFalse();
        assertThat(trigger.offer(80 * MIB, LIMIT, at(9))).isFalse();
        assertThat(trigger.offer(82 * MIB, LIMIT, at(10))).isTrue();
    }

    @Test
    void atMostOneEveryTwoSeconds() {
        PeakProfileTrigger trigger = new PeakProfileTrigger();

        assertThat(trigger.offer(70 * MIB, LIMIT, at(0))).isTrue();
        assertThat(trigger.offer(80 * MIB, LIMIT, at(1))).isFalse();
        assertThat(trigger.offer(90 * MIB, LIMIT, at(1.999))).isFalse();
        assertThat(trigger.offer(90 * MIB, LIMIT, at(2))).isTrue();
    }

    @Test
    void theLastProfileTakenIsTheOneNearestThePeak() {
        PeakProfileTrigger trigger = new PeakProfileTrigger();
        long[] usageMiB = {20, 40, 60, 71, 74, 79, 85, 88, 93, 95, 96, 94, 90, 97, 60};
        long lastTaken = -1;
        long peak = 0;
        for (int s = 0; s < usageMiB.length; s++) {
            peak = Math.max(peak, usageMiB[s]);
            if (trigger.offer(usageMiB[s] * MIB, LIMIT, at(s))) {
                lastTaken = usageMiB[s];
            }
        }
        // taken at 71 (3s), 79 (5s), 88 (7s), 95 (9s); 97 at 13s is less than 5% above 95
        assertThat(lastTaken).isEqualTo(95);
        assertThat(peak - lastTaken).isLessThan(PeakProfileTrigger.STEP_PERCENT);
    }

    @Test
    void aLimitLoweredDuringTheRunIsFollowed() {
        PeakProfileTrigger trigger = new PeakProfileTrigger();

        assertThat(trigger.offer(60 * MIB, LIMIT, at(0))).isFalse();
        assertThat(trigger.offer(60 * MIB, 80 * MIB, at(1))).isTrue(); // 75% of the squeezed limit
    }

    @Test
    void anUnknownOrAbsentLimitNeverTriggers() {
        PeakProfileTrigger trigger = new PeakProfileTrigger();

        assertThat(trigger.offer(60 * MIB, 0, at(0))).isFalse();
        // cgroup v1 without a limit: no overflow into a "yes"
        assertThat(trigger.offer(Long.MAX_VALUE / 2, 9_223_372_036_854_771_712L, at(1))).isFalse();
        assertThat(trigger.offer(8_000_000_000_000_000_000L, 9_223_372_036_854_771_712L, at(2))).isTrue();
    }
}
