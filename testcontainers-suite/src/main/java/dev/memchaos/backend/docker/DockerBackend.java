package dev.memchaos.backend.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.memchaos.backend.Backend;
import dev.memchaos.backend.DeployException;
import dev.memchaos.backend.Target;
import dev.memchaos.run.RunId;
import dev.memchaos.scenario.TargetSpec;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.testcontainers.containers.ContainerLaunchException;
import org.testcontainers.utility.DockerImageName;

/** Targets as Docker containers started through Testcontainers, labelled with the run and reaped by label. */
public final class DockerBackend implements Backend {

    private final RunId runId;
    private final DockerClient client;
    private final ContainerReaper reaper;
    private final List<Target> targets = new CopyOnWriteArrayList<>();

    public DockerBackend(RunId runId) {
        this.runId = runId;
        this.client = DockerEnvironment.client();
        this.reaper = new ContainerReaper(client);
        reaper.reapOrphans();
    }

    @Override
    public String name() {
        return "docker";
    }

    @Override
    public Target deploy(TargetSpec spec, String variant) throws DeployException {
        requireLocalImage(spec.image());
        TargetContainer container = new TargetContainer(DockerImageName.parse(spec.image()), spec.port())
                .withMemoryLimit(spec.memory().bytes())
                .withEnv(spec.env())
                .withRunLabels(new RunLabels(runId.value(), variant, ProcessHandle.current().pid()))
                .withHealthPath(spec.healthPath());
        try {
            container.start();
        } catch (ContainerLaunchException | IllegalStateException e) {
            String logs = tail(container);
            container.stop();
            throw new DeployException("The target " + spec.image() + " (variant " + variant
                    + ") did not become healthy at " + spec.healthPath()
                    + (logs.isBlank() ? "." : "; its last output was: " + logs), e);
        }
        Target target = new DockerTarget(container, client, spec.memory().bytes());
        targets.add(target);
        return target;
    }

    private void requireLocalImage(String image) throws DeployException {
        try {
            client.inspectImageCmd(image).exec();
        } catch (NotFoundException e) {
            throw new DeployException("The image " + image + " is not on this machine and no registry is used: "
                    + "build it first (for memchaos/mapsvc: ./mvnw -pl target-services package).", e);
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
        targets.forEach(Target::close);
        targets.clear();
        reaper.reapRun(runId.value());
    }
}
