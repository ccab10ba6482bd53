package dev.memchaos.backend.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memchaos.backend.Deployment;
import dev.memchaos.journal.RunId;
import dev.memchaos.scenario.ByteSize;
import dev.memchaos.scenario.Downstream;
import dev.memchaos.scenario.TargetMetrics;
import dev.memchaos.scenario.TargetSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The target's container is started with the downstream's address in the variable the scenario names, and only there. */
class DownstreamUrlIT {

    private final DockerBackend backend = new DockerBackend(RunId.next("downstream-url-it"));

    @AfterEach
    void removeEverything() {
        backend.close();
    }

    @Test
    void theDownstreamsAddressIsInTheNamedVariable() throws Exception {
        Downstream downstream = new Downstream("memchaos/mapsvc:local", 8080, "/healthz", ByteSize.ofMiB(64), Map.of(),
                "INVENTORY_URL");
        TargetSpec spec = new TargetSpec("memchaos/mapsvc:local", 8080, ByteSize.ofMiB(64), "/healthz", "/metrics", Map.of(),
                Optional.of(downstream), TargetMetrics.DEFAULTS);
        DockerTarget target = backend.deploy(new Deployment(spec, "only", Set.of(), false));

        List<String> env = List.of(DockerEnvironment.client().inspectContainerCmd(target.containerId()).exec().getConfig().getEnv());

        assertThat(env).contains("INVENTORY_URL=http://toxiproxy:8667/healthz").noneMatch(e -> e.startsWith("DOWNSTREAM_URL="));
    }
}
