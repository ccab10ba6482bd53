package dev.memchaos.backend.docker;

import org.testcontainers.toxiproxy.ToxiproxyContainer;
import org.testcontainers.utility.DockerImageName;

/** Toxiproxy from the locally built image (no registry), its ports on 127.0.0.1 only, with run labels. */
final class ProxyContainer extends ToxiproxyContainer {

    static final String IMAGE = "memchaos/toxiproxy:local";
    static final int CLIENT_PORT = 8666;
    static final int DOWNSTREAM_PORT = 8667;

    ProxyContainer(RunLabels labels) {
        super(DockerImageName.parse(IMAGE).asCompatibleSubstituteFor("ghcr.io/shopify/toxiproxy"));
        withLabels(labels.asMap());
        withCreateContainerCmdModifier(LoopbackPorts::bindAll);
    }
}
