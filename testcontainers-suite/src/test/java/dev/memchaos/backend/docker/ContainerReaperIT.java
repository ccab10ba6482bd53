package dev.memchaos.backend.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.testcontainers.utility.DockerImageName;

/** A harness killed mid-run leaves its containers; the next harness removes them, and leaves live harnesses' alone. */
class ContainerReaperIT {

    private final DockerClient client = DockerEnvironment.client();

    @Test
    void containersOfADeadHarnessAreReapedAndThoseOfALiveOneAreKept() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        TargetContainer orphan = target("reaper-it-orphan", gone.pid());
        TargetContainer alive = target("reaper-it-alive", ProcessHandle.current().pid());
        try {
            orphan.start();
            alive.start();

            new ContainerReaper(client).reapOrphans();

            assertThat(containersOfRun("reaper-it-orphan")).as("orphaned containers").isEmpty();
            assertThat(containersOfRun("reaper-it-alive")).as("a live harness's containers").hasSize(1);
        } finally {
            alive.stop();
            new ContainerReaper(client).reapRun("reaper-it-orphan");
        }
    }

    private static TargetContainer target(String runId, long ownerPid) {
        return new TargetContainer(DockerImageName.parse("memchaos/mapsvc:local"), 8080)
                .withMemoryLimit(64L << 20)
                .withRunLabels(new RunLabels(runId, "only", ownerPid));
    }

    private List<?> containersOfRun(String runId) {
        return client.listContainersCmd().withShowAll(true).withLabelFilter(List.of(RunLabels.RUN + "=" + runId)).exec();
    }
}
