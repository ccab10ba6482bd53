package dev.memchaos.backend.docker;

import java.time.Duration;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * A service under test: a hard memory limit (no swap), its port published on 127.0.0.1
 * only (on a fixed host port, so a restart keeps it), run labels, the highest OOM score
 * (so the kernel kills the service rather than a stressor in its cgroup), and ready once
 * its health path answers 200.
 */
public class TargetContainer extends GenericContainer<TargetContainer> {

    /** The most a process can be preferred by the OOM killer; lowering below 0 is refused on some hosts. */
    static final int OOM_SCORE_ADJ = 1000;

    private final int port;

    public TargetContainer(DockerImageName image, int port) {
        super(image);
        this.port = port;
        withExposedPorts(port);
        withCreateContainerCmdModifier(LoopbackPorts::bindAll);
        withCreateContainerCmdModifier(cmd -> cmd.getHostConfig().withOomScoreAdj(OOM_SCORE_ADJ));
        withHealthPath("/healthz");
    }

    /** Memory and memory+swap both set to {@code bytes}: the target cannot swap its way past the limit. */
    public TargetContainer withMemoryLimit(long bytes) {
        return withCreateContainerCmdModifier(cmd -> cmd.getHostConfig().withMemory(bytes).withMemorySwap(bytes));
    }

    /** For a service that is never restarted (a downstream): host ports the engine picks, which cannot collide. */
    public TargetContainer withEphemeralPorts() {
        return withCreateContainerCmdModifier(LoopbackPorts::bindAllEphemeral);
    }

    public TargetContainer withRunLabels(RunLabels labels) {
        return withLabels(labels.asMap());
    }

    public TargetContainer withHealthPath(String path) {
        return waitingFor(Wait.forHttp(path).forPort(port).forStatusCode(200)
                .withStartupTimeout(Duration.ofSeconds(60)));
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + getMappedPort(port);
    }
}
