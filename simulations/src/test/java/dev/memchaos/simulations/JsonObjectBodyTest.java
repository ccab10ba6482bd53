package dev.memchaos.simulations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class JsonObjectBodyTest {

    @Test
    void theBodyIsAJsonObjectWithExactlyTheAskedNumberOfKeys() throws Exception {
        JsonNode body = new ObjectMapper().readTree(JsonObjectBody.withKeys(1200));

        assertThat(body.isObject()).isTrue();
        assertThat(body.size()).isEqualTo(1200);
    }

    @Test
    void aBodyWithoutKeysIsRefused() {
        assertThatThrownBy(() -> JsonObjectBody.withKeys(0)).hasMessageContaining("at least one key");
    }

    @Test
    void loadParametersRefuseWhatCannotBeRun() {
        assertThatThrownBy(() -> new LoadParameters("127.0.0.1:8080", new Pacing.Open(10), Duration.ZERO, Duration.ofSeconds(1)))
                .hasMessageContaining("http://");
        assertThatThrownBy(() -> new Pacing.Open(0)).hasMessageContaining("above 0");
        assertThatThrownBy(() -> new Pacing.Closed(0)).hasMessageContaining("at least 1");
        assertThat(new LoadParameters("http://127.0.0.1:8080", new Pacing.Open(10), Duration.ofSeconds(5),
                Duration.ofSeconds(30)).maxDuration())
                .isEqualTo(Duration.ofSeconds(65));
    }

    @Test
    void responseTimesCountAnsweredFailedAndUnansweredRequests() {
        ResponseTimes.reset();
        ResponseTimes.recordMicros(12_000, true);
        ResponseTimes.recordMicros(40_000, false);
        ResponseTimes.recordNoResponse();

        ResponseTimes.Snapshot snapshot = ResponseTimes.snapshot();

        assertThat(snapshot.requests()).isEqualTo(3);
        assertThat(snapshot.failed()).isEqualTo(2);
        assertThat(snapshot.latencyMicros().getTotalCount()).isEqualTo(2);
        assertThat(snapshot.latencyMicros().getMaxValue()).isBetween(40_000L, 40_100L);
        assertThat(snapshot.perSecond()).isNotEmpty();
    }
}
