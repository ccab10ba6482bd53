package dev.memchaos.backend.docker;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import java.time.Duration;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * A service under test: a hard memory limit (no swap), its port published on 127.0.0.1
 * only, run labels, and ready once its health path answers 200.
 */
public class TargetContainer extends GenericContainer<TargetContainer> {

    private final int port;

    public TargetContainer(DockerImageName image, int port) {
        super(image);
        this.port = port;
        withExposedPorts(port);
        withCreateContainerCmdModifier(cmd -> cmd.getHostConfig().withPortBindings(
                new PortBinding(Ports.Binding.bindIp("127.0.0.1"), ExposedPort.tcp(port))));
        withHealthPath("/healthz");
    }

    /** Memory and memory+swap both set to {@code bytes}: the target cannot swap its way past the limit. */
    public TargetContainer withMemoryLimit(long bytes) {
        return withCreateContainerCmdModifier(cmd -> cmd.getHostConfig().withMemory(bytes).withMemorySwap(bytes));
    }

    public TargetContainer withRunLabels(RunLabels labels) {
        return withLabels(labels.asMap());
    }

    public TargetContainer withHealthPath(String path) {
        return waitingFor(Wait.forHttp(path).forPort(port).forStatusCode(200)
                .withStartupTimeout(Duration.ofSeconds(60)));
    }

    public String baseUrl() {
        return "http://" + getHost() + ":" + getMappedPort(port);
    }
}
