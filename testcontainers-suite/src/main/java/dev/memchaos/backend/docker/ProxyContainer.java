package dev.memchaos.backend.docker;

import java.util.List;
import org.testcontainers.toxiproxy.ToxiproxyContainer;
import org.testcontainers.utility.DockerImageName;

/** Toxiproxy from the locally built image (no registry): its API and the two proxy ports memchaos uses, on 127.0.0.1 only, with run labels. */
final class ProxyContainer extends ToxiproxyContainer {

    static final String IMAGE = "memchaos/toxiproxy:local";
    static final int CONTROL_PORT = 8474;
    static final int CLIENT_PORT = 8666;
    static final int DOWNSTREAM_PORT = 8667;

    ProxyContainer(RunLabels labels) {
        super(DockerImageName.parse(IMAGE).asCompatibleSubstituteFor("ghcr.io/shopify/toxiproxy"));
        withLabels(labels.asMap());
        setExposedPorts(List.of(CONTROL_PORT, CLIENT_PORT, DOWNSTREAM_PORT));
        withCreateContainerCmdModifier(LoopbackPorts::bindAllEphemeral);
    }
}
