package dev.memchaos.backend.k3s;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.PullResponseItem;
import dev.memchaos.backend.EnvironmentException;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.testcontainers.utility.DockerImageName;

/**
 * Which node image boots the cluster: the one named by {@code memchaos.k3s.image} (or {@code MEMCHAOS_K3S_IMAGE});
 * otherwise rancher/k3s at a pinned v1.33 tag, wherever it is on the machine or can be pulled; otherwise the
 * memchaos node (upstream Kubernetes v1.33 built from its Go module, {@code memchaos/k8s-node:local}), which
 * also runs where privileged containers cannot start.
 */
record K3sNodeImage(DockerImageName name, boolean memchaosNode) {

    static final String RANCHER = "rancher/k3s:v1.33.5-k3s1";
    static final String MEMCHAOS_NODE = "memchaos/k8s-node:local";
    static final String PROPERTY = "memchaos.k3s.image";
    private static final int PULL_SECONDS = 120;

    static K3sNodeImage resolve(DockerClient client, Consumer<String> progress) {
        String chosen = Optional.ofNullable(System.getProperty(PROPERTY)).orElse(System.getenv("MEMCHAOS_K3S_IMAGE"));
        if (chosen != null && !chosen.isBlank()) {
            return of(client, chosen.strip()).or(() -> pulled(client, chosen.strip()))
                    .orElseThrow(() -> new EnvironmentException("The k3s node image " + chosen.strip() + " (" + PROPERTY
                            + ") is not on this machine and cannot be pulled: build or pull it, or unset " + PROPERTY + "."));
        }
        Optional<K3sNodeImage> rancher = of(client, RANCHER).or(() -> pulled(client, RANCHER));
        if (rancher.isPresent()) {
            return rancher.get();
        }
        return of(client, MEMCHAOS_NODE).map(image -> {
            progress.accept(RANCHER + " cannot be pulled here: the node is " + MEMCHAOS_NODE
                    + " (upstream Kubernetes v1.33, built from its Go module by ./mvnw -pl target-services package)");
            return image;
        }).orElseThrow(() -> new EnvironmentException("No k3s node image: " + RANCHER + " cannot be pulled here and "
                + MEMCHAOS_NODE + " is not built; build it with ./mvnw -pl target-services package (needs Debian's apt-get), "
                + "or name another image with -D" + PROPERTY + "=..."));
    }

    private static Optional<K3sNodeImage> of(DockerClient client, String image) {
        try {
            InspectImageResponse inspected = client.inspectImageCmd(image).exec();
            Map<String, String> labels = inspected.getConfig() == null ? null : inspected.getConfig().getLabels();
            boolean memchaos = labels != null && "k8s-node".equals(labels.get("memchaos.image"));
            return Optional.of(new K3sNodeImage(DockerImageName.parse(image).asCompatibleSubstituteFor("rancher/k3s"), memchaos));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private static Optional<K3sNodeImage> pulled(DockerClient client, String image) {
        AtomicReference<Throwable> failed = new AtomicReference<>();
        try (ResultCallback.Adapter<PullResponseItem> pull = client.pullImageCmd(image).exec(new ResultCallback.Adapter<>() {
            @Override
            public void onError(Throwable cause) {
                failed.set(cause);
                onComplete();
            }
        })) {
            if (pull.awaitCompletion(PULL_SECONDS, TimeUnit.SECONDS) && failed.get() == null) {
                return of(client, image);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException unreachable) {
            // no registry here
        }
        return Optional.empty();
    }
}
