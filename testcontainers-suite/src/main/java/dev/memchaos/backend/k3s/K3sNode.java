package dev.memchaos.backend.k3s;

import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.Device;
import dev.memchaos.backend.docker.LoopbackPorts;
import dev.memchaos.backend.docker.RunLabels;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.testcontainers.containers.Container.ExecResult;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.k3s.K3sContainer;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * A single-node Kubernetes in one container, booted by Testcontainers' {@link K3sContainer}: rancher/k3s where
 * it can be had, or the memchaos node image (upstream Kubernetes, see target-services/k8s-node) which answers
 * {@code k3s server} the same way. Pods run in the node's own network (host network), so a target's port is
 * published by the node container itself, on 127.0.0.1 only.
 */
public final class K3sNode extends K3sContainer {

    /** Where the node keeps memchaos's own tools (the memory balloon). */
    static final String TOOLS = "/opt/memchaos-node";

    public K3sNode(DockerImageName image) {
        super(image);
        withCreateContainerCmdModifier(LoopbackPorts::bindAllEphemeral);
        waitingFor(Wait.forLogMessage(".*Node controller sync successful.*", 1).withStartupTimeout(Duration.ofMinutes(3)));
    }

    /**
     * Runs the node without privileges, for engines that cannot start privileged containers (no CAP_SYS_RESOURCE):
     * every capability but that one, no seccomp filter, and the kernel log the kubelet watches for OOM kills.
     */
    public K3sNode withoutPrivileges() {
        withPrivilegedMode(false);
        withCreateContainerCmdModifier(cmd -> cmd.getHostConfig()
                .withCapAdd(Capability.ALL)
                .withCapDrop(Capability.SYS_RESOURCE)
                .withSecurityOpts(List.of("seccomp=unconfined", "apparmor=unconfined"))
                .withDevices(List.of(Device.parse("/dev/kmsg"))));
        return this;
    }

    public K3sNode withRunLabels(RunLabels labels) {
        withLabels(labels.asMap());
        return this;
    }

    /** Ports that host-network pods will listen on, published on 127.0.0.1. */
    public K3sNode withPodPorts(Collection<Integer> ports) {
        ports.forEach(this::addExposedPort);
        return this;
    }

    /** Where a host-network pod listening on {@code port} is reached from the harness. */
    URI podEndpoint(int port) {
        return URI.create("http://127.0.0.1:" + getMappedPort(port));
    }

    /** Runs a shell command inside the node; fails with its output when it exits non-zero. */
    String sh(String script) {
        ExecResult result = exec("sh", "-c", script);
        if (result.getExitCode() != 0) {
            throw new IllegalStateException("the node could not run `" + script + "`: "
                    + (result.getStderr().isBlank() ? result.getStdout() : result.getStderr()).strip());
        }
        return result.getStdout();
    }

    ExecResult exec(String... command) {
        try {
            return execInContainer(command);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running a command in the node", e);
        }
    }

    /** Imports an image archive ({@code docker save}) into containerd's Kubernetes namespace inside the node. */
    void importImage(Path archive) {
        String inNode = "/tmp/memchaos-image-" + archive.getFileName();
        copyFileToContainer(MountableFile.forHostPath(archive), inNode);
        sh("ctr --namespace=k8s.io images import " + inNode + " >/dev/null && rm -f " + inNode);
    }
}
