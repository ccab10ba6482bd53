package dev.memchaos.backend.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Info;
import dev.memchaos.backend.Backend;
import dev.memchaos.backend.DeployException;
import dev.memchaos.backend.Deployment;
import dev.memchaos.chaos.Injectors;
import dev.memchaos.chaos.KillAndRestart;
import dev.memchaos.chaos.MemoryLimitSqueeze;
import dev.memchaos.chaos.ToxiproxyDelay;
import dev.memchaos.journal.RunId;
import dev.memchaos.scenario.TargetSpec;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.testcontainers.containers.ContainerLaunchException;
import org.testcontainers.utility.DockerImageName;

/** Targets as Docker containers started through Testcontainers, labelled with the run and reaped by label. */
public final class DockerBackend implements Backend<DockerTarget> {

    private static final int PORT_ATTEMPTS = 3;

    private final RunId runId;
    private final DockerClient client;
    private final ContainerReaper reaper;
    private final Injectors<DockerTarget> injectors;
    private final List<DockerTarget> targets = new CopyOnWriteArrayList<>();

    public DockerBackend(RunId runId) {
        this.runId = runId;
        this.client = DockerEnvironment.client();
        this.reaper = new ContainerReaper(client);
        reaper.reapOrphans();
        this.injectors = injectorsFor(client.infoCmd().exec());
    }

    /**
     * The injectors an engine like this can run. Memory pressure nests a container under the target's cgroup
     * ({@code --cgroup-parent=/docker/<id>}), which only the cgroupfs driver on cgroup v1 allows; the other
     * faults work on any engine.
     */
    public static Injectors<DockerTarget> injectorsFor(Info info) {
        boolean nestable = "cgroupfs".equals(info.getCGroupDriver())
                && (info.getCGroupVersion() == null || "1".equals(info.getCGroupVersion()));
        Injectors.Builder<DockerTarget> injectors = Injectors.builder();
        if (nestable) {
            injectors.with(new DockerMemoryPressure());
        }
        return injectors.with(new MemoryLimitSqueeze()).with(new ToxiproxyDelay()).with(new KillAndRestart()).build();
    }

    @Override
    public String name() {
        return "docker";
    }

    @Override
    public Injectors<DockerTarget> injectors() {
        return injectors;
    }

    @Override
    public DockerTarget deploy(Deployment deployment) throws DeployException {
        TargetSpec spec = deployment.spec();
        String variant = deployment.variant();
        requireLocalImage(spec.image());
        if (spec.downstream().isPresent()) {
            requireLocalImage(spec.downstream().get().image());
        }
        if (!deployment.delayablePaths().isEmpty() || spec.downstream().isPresent()) {
            requireLocalImage(ProxyContainer.IMAGE);
        }
        RunLabels labels = new RunLabels(runId.value(), variant, ProcessHandle.current().pid());
        DockerTopology topology;
        try {
            topology = DockerTopology.start(labels, spec.downstream(), deployment.delayablePaths());
        } catch (RuntimeException e) {
            throw new DeployException("The proxy or downstream of variant " + variant + " did not start: " + e.getMessage(), e);
        }
        Map<String, String> env = new HashMap<>(spec.env());
        env.putAll(topology.targetEnv(spec.downstream()));
        TargetContainer container = startTarget(spec, variant, env, labels, topology, deployment);
        DockerTarget target = new DockerTarget(client, container, spec.healthPath(), spec.memory().bytes(), topology, labels,
                loadEndpoint(container, topology, deployment));
        targets.add(target);
        return target;
    }

    /**
     * Starts the target on a host port chosen beforehand (so a restart keeps it). The engine
     * may have handed that port to another container meanwhile; then a new port is tried.
     */
    private TargetContainer startTarget(TargetSpec spec, String variant, Map<String, String> env, RunLabels labels,
                                        DockerTopology topology, Deployment deployment) throws DeployException {
        for (int attempt = 1; ; attempt++) {
            TargetContainer container = new TargetContainer(DockerImageName.parse(spec.image()), spec.port())
                    .withMemoryLimit(spec.memory().bytes())
                    .withEnv(env)
                    .withRunLabels(labels)
                    .withHealthPath(spec.healthPath());
            topology.attach(container);
            try {
                container.start();
                topology.proxyClientPath(container.port(), deployment.delayablePaths());
                return container;
            } catch (ContainerLaunchException | IllegalStateException | UncheckedIOException e) {
                String logs = tail(container);
                container.stop();
                if (attempt < PORT_ATTEMPTS && portTaken(e)) {
                    continue;
                }
                topology.close();
                throw new DeployException("The target " + spec.image() + " (variant " + variant
                        + ") did not become healthy at " + spec.healthPath()
                        + (logs.isBlank() ? "." : "; its last output was: " + logs), e);
            }
        }
    }

    /**
     * Where the load goes: the client proxy when the client path is delayable, else the target; each reached directly
     * where this host can ({@link DirectAddress}), else through its published port. A target that a kill fault
     * restarts may come back with another address on its network, so its load keeps the published port, which stays.
     */
    private static URI loadEndpoint(TargetContainer container, DockerTopology topology, Deployment deployment) {
        if (topology.clientProxyUrl().isPresent()) {
            return topology.clientProxyDirect().orElse(URI.create(topology.clientProxyUrl().get()));
        }
        URI published = URI.create(container.baseUrl());
        return deployment.restartAfterKill() ? published : DirectAddress.of(container, container.port()).orElse(published);
    }

    private static boolean portTaken(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("port is already allocated") || message.contains("address already in use")) {
                return true;
            }
        }
        return false;
    }

    private void requireLocalImage(String image) throws DeployException {
        try {
            client.inspectImageCmd(image).exec();
        } catch (NotFoundException e) {
            throw new DeployException("The image " + image + " is not on this machine and no registry is used: "
                    + "build it first (memchaos images: ./mvnw -pl target-services package).", e);
        }
    }

    private static String tail(TargetContainer container) {
        try {
            String logs = container.getLogs().strip();
            return logs.length() > 400 ? logs.substring(logs.length() - 400) : logs;
        } catch (RuntimeException e) {
            return "";
        }
    }

    @Override
    public void close() {
        targets.forEach(DockerTarget::close);
        targets.clear();
        reaper.reapRun(runId.value());
    }
}
