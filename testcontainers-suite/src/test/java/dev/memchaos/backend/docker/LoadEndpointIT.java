package dev.memchaos.backend.docker;

import static dev.memchaos.testing.Http.status;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memchaos.backend.Deployment;
import dev.memchaos.journal.RunId;
import dev.memchaos.scenario.ByteSize;
import dev.memchaos.scenario.FaultSpec.NetworkDelay.NetworkPath;
import dev.memchaos.scenario.TargetSpec;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The load reaches the target without Docker's userland proxy, except where a restart could move its address. */
class LoadEndpointIT {

    private final DockerBackend backend = new DockerBackend(RunId.next("load-endpoint-it"));
    private final TargetSpec spec = new TargetSpec("memchaos/mapsvc:local", 8080, ByteSize.ofMiB(64), "/healthz",
            "/metrics", Map.of());

    @AfterEach
    void removeEverything() {
        backend.close();
    }

    @Test
    void theLoadGoesToTheContainersOwnAddress() throws Exception {
        DockerTarget target = backend.deploy(new Deployment(spec, "direct", Set.of(), false));

        String ip = target.client().inspectContainerCmd(target.containerId()).exec().getNetworkSettings().getNetworks()
                .values().iterator().next().getIpAddress();
        assertThat(target.loadEndpoint().toString()).isEqualTo("http://" + ip + ":8080");
        assertThat(status(target.loadEndpoint().resolve("/healthz"))).isEqualTo(200);
        assertThat(target.endpoint().getHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void aTargetThatARestartMayMoveKeepsItsPublishedPort() throws Exception {
        DockerTarget target = backend.deploy(new Deployment(spec, "restartable", Set.of(), true));

        assertThat(target.loadEndpoint()).isEqualTo(target.endpoint());
        assertThat(target.loadEndpoint().getHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void aDelayableClientPathGoesToTheProxysOwnAddress() throws Exception {
        DockerTarget target = backend.deploy(new Deployment(spec, "proxied", Set.of(NetworkPath.CLIENT), true));

        assertThat(target.loadEndpoint().getHost()).isNotEqualTo("127.0.0.1");
        assertThat(target.loadEndpoint().getPort()).isEqualTo(ProxyContainer.CLIENT_PORT);
        assertThat(status(target.loadEndpoint().resolve("/healthz"))).isEqualTo(200);
    }
}
