package dev.memchaos.backend.docker;

import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * Publishes container ports on 127.0.0.1 only, each on a host port chosen once, so a
 * container that is killed and started again keeps its address.
 */
final class LoopbackPorts {

    private LoopbackPorts() {
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1", e);
        }
    }

    /** Rebinds every exposed port of the container to 127.0.0.1 on a free host port. */
    static void bindAll(CreateContainerCmd cmd) {
        List<PortBinding> bindings = new ArrayList<>();
        for (ExposedPort port : cmd.getExposedPorts()) {
            bindings.add(new PortBinding(Ports.Binding.bindIpAndPort("127.0.0.1", freePort()), port));
        }
        cmd.getHostConfig().withPortBindings(bindings);
    }
}
