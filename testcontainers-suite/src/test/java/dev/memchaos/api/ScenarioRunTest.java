package dev.memchaos.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ScenarioRunTest {

    private static final Path SCENARIO = Path.of("..", "chaos-scenarios", "parse-1200-keys.yaml");

    @Test
    void aNegativeWarmUpIsRefusedInASentenceBeforeAnythingStarts() {
        assertThatThrownBy(() -> Memchaos.scenario(SCENARIO).withGeneratorWarmUp(Duration.ofSeconds(-1)))
                .isInstanceOfSatisfying(MemchaosException.class, e -> {
                    assertThat(e.reason()).isEqualTo(MemchaosException.Reason.INVALID_INPUT);
                    assertThat(e.getMessage()).isEqualTo(
                            "the load generator's warm-up cannot be negative, got -1s; nothing was started.");
                });
    }

    @Test
    void noWarmUpIsAllowed() {
        assertThat(Memchaos.scenario(SCENARIO).withGeneratorWarmUp(Duration.ZERO)).isNotNull();
    }
}
