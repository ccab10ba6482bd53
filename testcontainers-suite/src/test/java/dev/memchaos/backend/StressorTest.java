package dev.memchaos.backend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memchaos.scenario.ByteSize;
import dev.memchaos.scenario.FaultSpec;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class StressorTest {

    @Test
    void theBalloonIsAskedForTheFaultsSizeStepsAndDuration() {
        FaultSpec.MemoryPressure spec = new FaultSpec.MemoryPressure(Duration.ofSeconds(5), Duration.ofMillis(18_500),
                ByteSize.ofMiB(60), 4);

        assertThat(Stressor.balloon(spec)).containsExactly("balloon", "-size", "62914560", "-steps", "4", "-duration", "18500ms");
    }
}
