package dev.memchaos.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The figures of a real Gatling 3.15.1 report (a parse run on this machine), as its statistics table shows them. */
class GatlingReportStatsTest {

    private static String report() throws IOException {
        try (InputStream in = GatlingReportStatsTest.class.getResourceAsStream("gatling-3.15.1-index.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsTheAllRequestsRowOfARealReport() throws IOException {
        Responses responses = GatlingReportStats.parse(report(), "index.html");

        assertThat(responses.ok()).isEqualTo(3252);
        assertThat(responses.failed()).isZero();
        assertThat(responses.latency().percentileMs(50)).isEqualTo(OptionalDouble.of(1));
        assertThat(responses.latency().percentileMs(75)).isEqualTo(OptionalDouble.of(2));
        assertThat(responses.latency().percentileMs(95)).isEqualTo(OptionalDouble.of(3));
        assertThat(responses.latency().percentileMs(99)).isEqualTo(OptionalDouble.of(5));
        assertThat(responses.latency().maxMs()).isEqualTo(OptionalDouble.of(9));
        assertThat(responses.latency().percentileMs(99.9)).as("a percentile the report does not show").isEmpty();
        assertThat(responses.perSecond()).as("the report has no per-second series to give").isEmpty();
    }

    @Test
    void aPageWithoutTheTableIsRefusedInASentence() {
        assertThatThrownBy(() -> GatlingReportStats.parse("<html></html>", "x.html"))
                .hasMessage("x.html has no statistics table with an \"All Requests\" row; is it a Gatling report?");
    }
}
