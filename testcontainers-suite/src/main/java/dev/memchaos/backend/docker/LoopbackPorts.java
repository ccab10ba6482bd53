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
 * Publishes container ports on 127.0.0.1 only: for a target, each on a host port chosen
 * once, so a target that is killed and started again keeps its address; for helpers that
 * never restart, on ports the engine picks.
 */
public final class LoopbackPorts {

    private LoopbackPorts() {
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1", e);
        }
    }

    /** Publishes every exposed port on 127.0.0.1, on a host port the engine picks (no race; changes on restart). */
    public static void bindAllEphemeral(CreateContainerCmd cmd) {
        List<PortBinding> bindings = new ArrayList<>();
        for (ExposedPort port : cmd.getExposedPorts()) {
            bindings.add(new PortBinding(Ports.Binding.bindIp("127.0.0.1"), port));
        }
        cmd.getHostConfig().withPortBindings(bindings);
    }

    /** Publishes every exposed port on 127.0.0.1, on a host port chosen now, so it survives a restart. */
    static void bindAll(CreateContainerCmd cmd) {
        List<PortBinding> bindings = new ArrayList<>();
        for (ExposedPort port : cmd.getExposedPorts()) {
            bindings.add(new PortBinding(Ports.Binding.bindIpAndPort("127.0.0.1", freePort()), port));
        }
        cmd.getHostConfig().withPortBindings(bindings);
    }
}
