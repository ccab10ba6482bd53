package dev.memchaos.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetricKindTest {

    @Test
    void timesAreShownToTheMicrosecond() {
        assertThat(MetricKind.TIME_MS.format(0.512)).isEqualTo("0.512ms");
        assertThat(MetricKind.TIME_MS.format(1.2345)).isEqualTo("1.235ms");
        assertThat(MetricKind.TIME_MS.format(312.4)).isEqualTo("312.4ms");
        assertThat(MetricKind.TIME_MS.format(180)).isEqualTo("180.0ms");
        assertThat(MetricKind.TIME_MS.format(0.0004)).isEqualTo("0.0ms");
    }
}
