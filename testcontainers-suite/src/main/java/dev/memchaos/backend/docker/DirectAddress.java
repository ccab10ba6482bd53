package dev.memchaos.backend.docker;

import com.github.dockerjava.api.model.ContainerNetwork;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.testcontainers.containers.GenericContainer;

/**
 * How this host reaches a container's port without Docker's userland proxy: the container's own address on its
 * network, when a TCP connection to it succeeds from here (the engine runs on this host, not in a VM or elsewhere).
 * A published port is served by {@code docker-proxy}, a process that copies every byte between two sockets; on two
 * cores at 5,000 requests/s it doubled vegeta's p50 and tripled its p99 (docs/performance.md), so the load goes
 * direct wherever it can.
 */
final class DirectAddress {

    private static final int CONNECT_TIMEOUT_MS = 500;

    private DirectAddress() {
    }

    /** {@code http://<container address>:<port>}, or empty when no network of the container is reachable from here. */
    static Optional<URI> of(GenericContainer<?> container, int port) {
        Map<String, ContainerNetwork> networks = container.getContainerInfo().getNetworkSettings().getNetworks();
        for (ContainerNetwork network : networks.values()) {
            String ip = network.getIpAddress();
            if (ip != null && !ip.isBlank() && connects(ip, port)) {
                return Optional.of(URI.create("http://" + ip + ":" + port));
            }
        }
        return Optional.empty();
    }

    private static boolean connects(String ip, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(ip, port), CONNECT_TIMEOUT_MS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
