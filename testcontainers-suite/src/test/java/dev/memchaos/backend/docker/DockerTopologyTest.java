package dev.memchaos.backend.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memchaos.scenario.ByteSize;
import dev.memchaos.scenario.Downstream;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DockerTopologyTest {

    @Test
    void theTargetFindsTheProxiedDownstreamInTheVariableTheScenarioNames() {
        Downstream named = new Downstream("shop/inventory:local", 9000, "/stock", ByteSize.ofMiB(64), Map.of(), "INVENTORY_URL");
        Downstream unnamed = new Downstream("shop/inventory:local", 9000, "/stock", ByteSize.ofMiB(64), Map.of());

        assertThat(DockerTopology.none().targetEnv(Optional.of(named))).isEqualTo(Map.of("INVENTORY_URL", "http://toxiproxy:8667/stock"));
        assertThat(DockerTopology.none().targetEnv(Optional.of(unnamed))).isEqualTo(Map.of("DOWNSTREAM_URL", "http://toxiproxy:8667/stock"));
        assertThat(DockerTopology.none().targetEnv(Optional.empty())).isEmpty();
    }
}
