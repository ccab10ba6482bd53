package dev.memchaos.backend.docker;

import dev.memchaos.chaos.Applied;
import dev.memchaos.chaos.Injector;
import dev.memchaos.scenario.FaultSpec;
import java.time.Duration;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * Memory allocated and touched inside the target's own memory cgroup, competing with it for the same limit:
 * a {@code mapsvc balloon} container under {@code --cgroup-parent=/docker/<id>}, which only the cgroupfs
 * driver on cgroup v1 allows. Stopping the balloon reverts it; it is stopped with the target at the latest.
 */
final class DockerMemoryPressure implements Injector<FaultSpec.MemoryPressure, DockerTarget> {

    /** The image whose {@code balloon} subcommand makes the pressure. */
    static final String IMAGE = "memchaos/mapsvc:local";

    @Override
    public Class<FaultSpec.MemoryPressure> specType() {
        return FaultSpec.MemoryPressure.class;
    }

    @Override
    public String faultType() {
        return FaultSpec.MemoryPressure.TYPE;
    }

    @Override
    public Applied apply(DockerTarget target, FaultSpec.MemoryPressure spec) {
        RunLabels labels = target.labels();
        GenericContainer<?> balloon = new GenericContainer<>(DockerImageName.parse(IMAGE))
                .withCommand("balloon", "-size", Long.toString(spec.size().bytes()), "-steps", Integer.toString(spec.steps()),
                        "-duration", spec.duration().toMillis() + "ms")
                .withLabels(new RunLabels(labels.runId(), labels.variant() + "-pressure", labels.ownerPid()).asMap())
                .withCreateContainerCmdModifier(cmd -> cmd.getHostConfig().withCgroupParent("/docker/" + target.containerId()))
                .waitingFor(Wait.forLogMessage(".*balloon:.*\\n", 1).withStartupTimeout(Duration.ofSeconds(30)));
        balloon.start();
        target.stopsWith(balloon);
        return Applied.of(balloon::stop);
    }
}
