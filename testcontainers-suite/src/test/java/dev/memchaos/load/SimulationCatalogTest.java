package dev.memchaos.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memchaos.scenario.KnownSimulation;
import dev.memchaos.scenario.LoadSpec;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every simulation a scenario may name has a Gatling simulation to run it, with a property for each parameter. */
class SimulationCatalogTest {

    @Test
    void everyKnownSimulationCanBeRun() {
        for (KnownSimulation known : KnownSimulation.ALL) {
            assertThat(SimulationCatalog.knows(known.name())).as(known.name()).isTrue();
            SimulationCatalog.Entry entry = SimulationCatalog.entryFor(
                    new LoadSpec(known.name(), 1, Duration.ZERO, Duration.ofSeconds(1), Map.of()));
            for (KnownSimulation.Parameter parameter : known.parameters()) {
                assertThat(entry.parameterProperties()).as("%s.%s", known.name(), parameter.name()).containsKey(parameter.name());
            }
        }
    }
}
