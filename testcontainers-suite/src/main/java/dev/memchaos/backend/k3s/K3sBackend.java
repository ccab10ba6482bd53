package dev.memchaos.backend.k3s;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Info;
import dev.memchaos.backend.Backend;
import dev.memchaos.backend.DeployException;
import dev.memchaos.backend.Deployment;
import dev.memchaos.backend.Stressor;
import dev.memchaos.backend.docker.ContainerReaper;
import dev.memchaos.backend.docker.DockerEnvironment;
import dev.memchaos.backend.docker.DockerTopology;
import dev.memchaos.backend.docker.RunLabels;
import dev.memchaos.chaos.Injectors;
import dev.memchaos.chaos.KillAndRestart;
import dev.memchaos.chaos.MemoryLimitSqueeze;
import dev.memchaos.chaos.ToxiproxyDelay;
import dev.memchaos.journal.RunId;
import dev.memchaos.scenario.TargetSpec;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.readiness.Readiness;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.testcontainers.containers.Network;

/**
 * Targets as pods on a single-node Kubernetes that Testcontainers' K3sContainer boots (once per run, at the first
 * deploy): each variant's image is loaded into the node from the local Docker engine, runs as a host-network pod
 * whose memory request is its limit, and is reached on a port the node container publishes on 127.0.0.1, not
 * through the API server. Toxiproxy and a downstream run beside the node as containers, as on Docker.
 */
public final class K3sBackend implements Backend<K3sTarget> {

    private static final long READY_SECONDS = 90;

    private final RunId runId;
    private final DockerClient docker;
    private final ContainerReaper reaper;
    private final Consumer<String> progress;
    private final Injectors<K3sTarget> injectors;
    private final List<K3sTarget> targets = new CopyOnWriteArrayList<>();
    private final Set<String> loadedImages = new HashSet<>();
    private volatile Network network;
    private volatile K3sNode node;
    private volatile KubernetesClient kubernetes;
    private int nodePort = -1;

    public K3sBackend(RunId runId, Consumer<String> progress) {
        this.runId = runId;
        this.progress = progress;
        this.docker = DockerEnvironment.client();
        this.reaper = new ContainerReaper(docker);
        reaper.reapOrphans();
        this.injectors = injectorsFor(docker.infoCmd().exec());
    }

    /** Memory faults write the node's memory cgroups (cgroup v1); kill and network delay work anywhere. */
    static Injectors<K3sTarget> injectorsFor(Info info) {
        Injectors.Builder<K3sTarget> builder = Injectors.builder();
        if (info.getCGroupVersion() == null || "1".equals(info.getCGroupVersion())) {
            builder.with(new K3sMemoryPressure()).with(new MemoryLimitSqueeze());
        }
        return builder.with(new ToxiproxyDelay()).with(new KillAndRestart()).build();
    }

    @Override
    public String name() {
        return "k3s";
    }

    @Override
    public Injectors<K3sTarget> injectors() {
        return injectors;
    }

    @Override
    public synchronized K3sTarget deploy(Deployment deployment) throws DeployException {
        TargetSpec spec = deployment.spec();
        String variant = deployment.variant();
        bootNode(spec.port());
        loadImage(spec.image());
        RunLabels labels = new RunLabels(runId.value(), variant, ProcessHandle.current().pid());
        DockerTopology topology;
        try {
            topology = DockerTopology.start(labels, spec.downstream(), deployment.delayablePaths(), network);
        } catch (RuntimeException e) {
            throw new DeployException("The proxy or downstream of variant " + variant + " did not start: " + e.getMessage(), e);
        }
        Map<String, String> env = new HashMap<>(spec.env());
        env.putAll(topology.targetEnv(spec.downstream()));
        String pod = TargetPod.name(variant);
        PodWatch watch = null;
        try {
            kubernetes.pods().inNamespace(TargetPod.NAMESPACE)
                    .resource(TargetPod.of(pod, spec, env, deployment.restartAfterKill()))
                    .create();
            kubernetes.pods().inNamespace(TargetPod.NAMESPACE).withName(pod)
                    .waitUntilCondition(p -> p != null && Readiness.isPodReady(p), READY_SECONDS, TimeUnit.SECONDS);
            topology.proxyClientPath(spec.port(), deployment.delayablePaths());
            watch = new PodWatch(kubernetes, pod);
            String podCgroup = PodCgroup.of(node, watch.runningContainerId().orElseThrow(
                    () -> new IllegalStateException("pod " + pod + " is ready but its container is not running"))).pod();
            K3sTarget target = new K3sTarget(node, kubernetes, pod, spec.healthPath(), spec.port(), spec.memory().bytes(),
                    podCgroup, topology, watch);
            targets.add(target);
            return target;
        } catch (RuntimeException e) {
            String why = describe(pod);
            if (watch != null) {
                watch.close();
            }
            deletePod(pod);
            topology.close();
            throw new DeployException("The target " + spec.image() + " (variant " + variant + ") did not become ready on k3s at "
                    + spec.healthPath() + (why.isBlank() ? ": " + e.getMessage() : ": " + why), e);
        }
    }

    /** Boots the node on the first deploy; a run's variants share the target port it publishes. */
    private void bootNode(int port) throws DeployException {
        if (node != null) {
            if (port != nodePort) {
                throw new DeployException("On k3s every variant must listen on the same port (" + nodePort + "), not " + port + ".", null);
            }
            return;
        }
        K3sNodeImage image = K3sNodeImage.resolve(docker, progress);
        RunLabels labels = new RunLabels(runId.value(), "k3s-node", ProcessHandle.current().pid());
        network = Network.builder().createNetworkCmdModifier(cmd -> cmd.withLabels(labels.asMap())).build();
        K3sNode started = new K3sNode(image.name()).withRunLabels(labels).withPodPorts(List.of(port));
        if (image.memchaosNode()) {
            started.withoutPrivileges();
        }
        started.withNetwork(network);
        // the alias Toxiproxy's client path points at: host-network pods listen on the node's own address
        started.withNetworkAliases(DockerTopology.TARGET_ALIAS);
        long t0 = System.nanoTime();
        try {
            started.start();
        } catch (RuntimeException e) {
            started.stop();
            throw new DeployException("The k3s node (" + image.name() + ") did not boot: " + e.getMessage(), e);
        }
        node = started;
        nodePort = port;
        progress.accept(String.format(java.util.Locale.ROOT, "k3s node %s ready in %.1fs", image.name().asCanonicalNameString(),
                (System.nanoTime() - t0) / 1e9));
        kubernetes = new KubernetesClientBuilder().withConfig(Config.fromKubeconfig(node.getKubeConfigYaml())).build();
        if (Stressor.imagePresent()) {
            copyStressorIntoNode();
        }
    }

    /** Loads an image from the local Docker engine into the node's containerd, once per run. */
    private void loadImage(String image) throws DeployException {
        if (loadedImages.contains(image)) {
            return;
        }
        try {
            docker.inspectImageCmd(image).exec();
        } catch (NotFoundException e) {
            throw new DeployException("The image " + image + " is not on this machine and no registry is used: "
                    + "build it first (memchaos images: ./mvnw -pl target-services package).", e);
        }
        Path archive = null;
        try (InputStream saved = docker.saveImageCmd(image).exec()) {
            archive = Files.createTempFile("memchaos-image-", ".tar");
            Files.copy(saved, archive, StandardCopyOption.REPLACE_EXISTING);
            node.importImage(archive);
            loadedImages.add(image);
        } catch (IOException | RuntimeException e) {
            throw new DeployException("Could not load " + image + " into the k3s node: " + e.getMessage(), e);
        } finally {
            if (archive != null) {
                try {
                    Files.deleteIfExists(archive);
                } catch (IOException ignored) {
                    // a temporary file
                }
            }
        }
    }

    /**
     * The balloon of memory-pressure faults runs inside the node: its binary comes from the stressor's image. Without
     * that image the run goes on, and only a memory-pressure fault fails, with {@link Stressor#missingImage()}.
     */
    private void copyStressorIntoNode() throws DeployException {
        RunLabels labels = new RunLabels(runId.value(), "k3s-tools", ProcessHandle.current().pid());
        CreateContainerResponse source;
        try {
            source = docker.createContainerCmd(Stressor.IMAGE).withLabels(labels.asMap()).exec();
        } catch (NotFoundException e) {
            throw new DeployException(Stressor.missingImage(), e);
        }
        try (InputStream tar = docker.copyArchiveFromContainerCmd(source.getId(), Stressor.BINARY).exec()) {
            node.sh("mkdir -p " + K3sNode.TOOLS);
            docker.copyArchiveToContainerCmd(node.getContainerId()).withTarInputStream(tar).withRemotePath(K3sNode.TOOLS).exec();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            docker.removeContainerCmd(source.getId()).withForce(true).exec();
        }
    }

    /** What the pod's status and log say, for a deploy that failed. */
    private String describe(String pod) {
        try {
            Pod p = kubernetes.pods().inNamespace(TargetPod.NAMESPACE).withName(pod).get();
            String status = p == null || p.getStatus() == null ? "" : String.valueOf(p.getStatus().getContainerStatuses());
            String log = kubernetes.pods().inNamespace(TargetPod.NAMESPACE).withName(pod).tailingLines(10).getLog();
            return (status + " " + (log == null ? "" : log)).strip();
        } catch (RuntimeException e) {
            return "";
        }
    }

    private void deletePod(String pod) {
        try {
            kubernetes.pods().inNamespace(TargetPod.NAMESPACE).withName(pod).withGracePeriod(1).delete();
        } catch (RuntimeException ignored) {
            // the node goes with the run
        }
    }

    /** Not synchronized: an interrupt (SIGTERM) must be able to remove the node while a deploy waits on it. */
    @Override
    public void close() {
        targets.forEach(K3sTarget::close);
        targets.clear();
        if (kubernetes != null) {
            kubernetes.close();
        }
        if (node != null) {
            node.stop();
        }
        if (network != null) {
            network.close();
        }
        reaper.reapRun(runId.value());
    }
}
