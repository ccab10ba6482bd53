package dev.memchaos.backend.docker;

import com.github.dockerjava.api.DockerClient;
import dev.memchaos.backend.EnvironmentException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.testcontainers.DockerClientFactory;

/** Finds the Docker engine through Testcontainers, or says in one sentence what is missing. */
public final class DockerEnvironment {

    private DockerEnvironment() {
    }

    public static DockerClient client() {
        if (!"true".equalsIgnoreCase(System.getenv("TESTCONTAINERS_RYUK_DISABLED"))) {
            throw new EnvironmentException("memchaos reaps its own containers and no image registry may be reachable: "
                    + "set TESTCONTAINERS_RYUK_DISABLED=true (bin/memchaos and the Maven build set it for you).");
        }
        requireReachableSocket(System.getenv("DOCKER_HOST"));
        if (Files.exists(Path.of("/.dockerenv")) && isBlank(System.getenv("TESTCONTAINERS_HOST_OVERRIDE"))
                && isBlank(System.getenv("DOCKER_HOST"))) {
            throw new EnvironmentException("memchaos runs inside a container, where Testcontainers would pull an image to find "
                    + "the Docker host: set TESTCONTAINERS_HOST_OVERRIDE=localhost (bin/memchaos and the Maven build set it for you).");
        }
        DockerClientFactory factory = DockerClientFactory.instance();
        boolean available;
        try {
            available = factory.isDockerAvailable();
        } catch (RuntimeException e) {
            available = false;
        }
        if (!available) {
            throw new EnvironmentException("No Docker engine answers: install Docker (on Debian as root: "
                    + "apt-get install docker.io) and start it, or run bin/memchaos, which does both.");
        }
        return factory.client();
    }

    /** An explicit DOCKER_HOST naming a unix socket that does not exist means no engine: say so at once. */
    static void requireReachableSocket(String dockerHost) {
        if (!isBlank(dockerHost) && dockerHost.startsWith("unix://")
                && !Files.exists(Path.of(dockerHost.substring("unix://".length())))) {
            throw new EnvironmentException("No Docker engine answers at DOCKER_HOST=" + dockerHost
                    + ": start Docker (on Debian as root: apt-get install docker.io, then dockerd), or run bin/memchaos, which does both.");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
