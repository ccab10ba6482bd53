package dev.memchaos.backend.docker;

import dev.memchaos.backend.Stressor;
import dev.memchaos.chaos.Applied;
import dev.memchaos.chaos.Injector;
import dev.memchaos.scenario.FaultSpec;
import java.time.Duration;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * Memory allocated and touched inside the target's own memory cgroup, competing with it for the same limit:
 * a {@code stressor balloon} container ({@link Stressor#IMAGE}, whatever the target's image) under
 * {@code --cgroup-parent=/docker/<id>}, which only the cgroupfs driver on cgroup v1 allows. Stopping the balloon
 * reverts it; it is stopped with the target at the latest.
 */
final class DockerMemoryPressure implements Injector<FaultSpec.MemoryPressure, DockerTarget> {

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
        if (!Stressor.imagePresent()) {
            throw new IllegalStateException(Stressor.missingImage());
        }
        RunLabels labels = target.labels();
        GenericContainer<?> balloon = new GenericContainer<>(DockerImageName.parse(Stressor.IMAGE))
                .withCommand(Stressor.balloon(spec).toArray(String[]::new))
                .withLabels(new RunLabels(labels.runId(), labels.variant() + "-pressure", labels.ownerPid()).asMap())
                .withCreateContainerCmdModifier(cmd -> cmd.getHostConfig().withCgroupParent("/docker/" + target.containerId()))
                .waitingFor(Wait.forLogMessage(".*" + Stressor.LINE_PREFIX + ".*\\n", 1).withStartupTimeout(Duration.ofSeconds(30)));
        balloon.start();
        target.stopsWith(balloon);
        return Applied.of(balloon::stop);
    }
}
