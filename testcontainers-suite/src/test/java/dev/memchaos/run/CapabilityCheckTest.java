package dev.memchaos.run;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.memchaos.backend.Capabilities;
import dev.memchaos.scenario.Scenario;
import dev.memchaos.scenario.ScenarioLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A scenario asking for a fault the backend cannot inject is refused, in one sentence, before anything starts. */
class CapabilityCheckTest {

    private static Scenario withPressure() throws Exception {
        return ScenarioLoader.parse("""
                name: needs-pressure
                target: {image: memchaos/mapsvc:local, memory: 64MiB}
                variants: [{name: only}]
                load: {simulation: parse, keys: 10, rate: 1, duration: 10s}
                faults:
                  - {type: kill, at: 1s}
                  - {type: memory-pressure, at: 2s, duration: 5s, size: 16MiB}
                """, "needs-pressure.yaml");
    }

    @Test
    void aBackendWithoutTheFaultRefusesTheScenarioNamingTheFault() throws Exception {
        Capabilities cgroupV2 = new Capabilities(Set.of("memory-limit", "network-delay", "kill"));

        assertThatThrownBy(() -> ScenarioRunner.requireSupported(withPressure(), cgroupV2))
                .isInstanceOf(UnsupportedFaultException.class)
                .hasMessage("faults[1]: this backend cannot inject memory-pressure faults (it can: kill, memory-limit, network-delay)");
    }

    @Test
    void aBackendWithEveryFaultAcceptsIt() throws Exception {
        Capabilities all = new Capabilities(Set.of("memory-pressure", "memory-limit", "network-delay", "kill"));

        assertThatCode(() -> ScenarioRunner.requireSupported(withPressure(), all)).doesNotThrowAnyException();
    }
}
