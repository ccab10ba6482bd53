package dev.memchaos.backend.k3s;

import dev.memchaos.backend.MemoryStats;
import dev.memchaos.backend.TargetLog;
import dev.memchaos.backend.docker.DockerTopology;
import dev.memchaos.chaos.KillableTarget;
import dev.memchaos.chaos.ProxiedTarget;
import dev.memchaos.chaos.ResizableTarget;
import dev.memchaos.scenario.FaultSpec.NetworkDelay.NetworkPath;
import eu.rekawek.toxiproxy.Proxy;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A target running as a pod on the k3s node. Memory comes from the pod's memory cgroup (which outlives
 * container restarts), OOM kills from the container status the kubelet reports; the injectors reach the
 * node and the container's current cgroup through the package-level handles.
 */
public final class K3sTarget implements ProxiedTarget, ResizableTarget, KillableTarget, TargetLog {

    private static final String MEMORY_LINE = "echo $(cat memory.usage_in_bytes) $(cat memory.max_usage_in_bytes) "
            + "$(cat memory.limit_in_bytes)";

    private final K3sNode node;
    private final KubernetesClient client;
    private final String pod;
    private final String healthPath;
    private final int port;
    private final String podCgroup;
    private final DockerTopology topology;
    private final PodWatch watch;
    private final List<Revert> helpers = new ArrayList<>();
    private volatile long limitBytes;
    private volatile String killedContainer;
    private volatile boolean closed;

    K3sTarget(K3sNode node, KubernetesClient client, String pod, String healthPath, int port, long limitBytes,
              String podCgroup, DockerTopology topology, PodWatch watch) {
        this.node = node;
        this.client = client;
        this.pod = pod;
        this.healthPath = healthPath;
        this.port = port;
        this.limitBytes = limitBytes;
        this.podCgroup = podCgroup;
        this.topology = topology;
        this.watch = watch;
    }

    @Override
    public URI endpoint() {
        return node.podEndpoint(port);
    }

    @Override
    public URI loadEndpoint() {
        return topology.clientProxyUrl().map(URI::create).orElse(endpoint());
    }

    @Override
    public long memoryLimitBytes() {
        return limitBytes;
    }

    @Override
    public MemoryStats memoryStats() {
        if (closed) {
            return MemoryStats.NONE;
        }
        return parse(node.sh("cd " + podCgroup + " && " + MEMORY_LINE));
    }

    /** One line a second from the pod's cgroup, read by a loop inside the node (one exec for the whole run). */
    @Override
    public Revert streamMemory(Consumer<MemoryStats> sink) {
        return NodeExec.streamLines(node.getDockerClient(), node.getContainerId(), line -> sink.accept(parse(line)),
                "sh", "-c", "cd " + podCgroup + " || exit 1; while " + MEMORY_LINE + "; do sleep 1; done");
    }

    private static MemoryStats parse(String line) {
        String[] f = line.strip().split("\\s+");
        if (f.length != 3) {
            return MemoryStats.NONE;
        }
        try {
            return new MemoryStats(Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]));
        } catch (NumberFormatException e) {
            return MemoryStats.NONE;
        }
    }

    /** OOM kills the kubelet reported for the target's container ({@code reason: OOMKilled}); times to the second. */
    @Override
    public List<Instant> oomKills(Instant since) {
        Instant from = since.truncatedTo(ChronoUnit.SECONDS);
        return watch.terminations().stream()
                .filter(t -> "OOMKilled".equals(t.reason()) && !t.finishedAt().isBefore(from))
                .map(PodWatch.Termination::finishedAt)
                .toList();
    }

    /**
     * The target container's log as the kubelet keeps it, with timestamps, from the second before {@code since}
     * (through the API server, read line by line as it streams). After a restart the kubelet serves the running
     * container's log only.
     */
    @Override
    public void readLog(Instant since, BiConsumer<Instant, String> line) {
        String from = since.minusSeconds(1).truncatedTo(ChronoUnit.SECONDS).toString();
        try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(client.pods().inNamespace(TargetPod.NAMESPACE)
                .withName(pod).inContainer(TargetPod.CONTAINER).usingTimestamps().sinceTime(from).getLogInputStream(),
                java.nio.charset.StandardCharsets.UTF_8))) {
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                Instant at = TargetLog.timestampOf(text);
                if (at != null) {
                    line.accept(at, text.substring(text.indexOf(' ') + 1));
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // the pod is gone: its log with it
        }
    }

    @Override
    public Optional<Proxy> proxy(NetworkPath path) {
        return topology.proxy(path);
    }

    K3sNode node() {
        return node;
    }

    @Override
    public String healthPath() {
        return healthPath;
    }

    /** SIGKILL to the container's process inside the node; returns once the process is gone. */
    @Override
    public void kill() {
        killedContainer = runningContainerId();
        long pid = cgroup().pid();
        node.sh("kill -KILL " + pid + " && for i in $(seq 1 100); do kill -0 " + pid
                + " 2>/dev/null || exit 0; sleep 0.05; done; exit 1");
    }

    /** The kubelet starts a new container (the pod's restart policy is Always where a kill asks for a restart). */
    @Override
    public void startAgain(Duration timeout) {
        awaitNewContainer(killedContainer, timeout);
    }

    /** The cgroup of the container that runs now (a restart makes a new one). */
    PodCgroup cgroup() {
        return PodCgroup.of(node, runningContainerId());
    }

    /** The runtime id of the container that runs now. */
    private String runningContainerId() {
        return watch.runningContainerId().orElseThrow(() -> new IllegalStateException(
                "the target's container is not running (pod " + pod + ": " + watch.describeState() + ")"));
    }

    /** Waits until the kubelet runs a container other than {@code previous} (after a kill, its restart). */
    private void awaitNewContainer(String previous, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (watch.runningContainerId().filter(id -> !id.equals(previous)).isPresent()) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("the kubelet did not start the target again within " + timeout.toSeconds()
                + "s (pod " + pod + ": " + watch.describeState() + ")");
    }

    /**
     * Sets the hard memory limit of the running container and of its pod by writing their memory cgroups, as Chaos
     * Mesh writes cgroups. Kubernetes' in-place resize is not used: the kubelet refuses to set a memory limit below
     * current usage ("aborting attempt to set pod memory limit less than current memory usage"), and squeezing a
     * service below what it holds is what the memory-limit fault is for.
     */
    @Override
    public void setMemoryLimit(long bytes) {
        PodCgroup cgroup = cgroup();
        String write = "echo " + bytes + " > %s/memory.limit_in_bytes";
        // the pod's limit caps the container's: raise it first, lower it last
        if (bytes >= limitBytes) {
            node.sh(String.format(write, cgroup.pod()) + " && " + String.format(write, cgroup.container()));
        } else {
            node.sh(String.format(write, cgroup.container()) + " && " + String.format(write, cgroup.pod()));
        }
        limitBytes = bytes;
    }

    /** A helper started for this target (e.g. a memory balloon), stopped with it at the latest. */
    void stopsWith(Revert helper) {
        synchronized (helpers) {
            helpers.add(helper);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        synchronized (helpers) {
            helpers.forEach(Revert::close);
            helpers.clear();
        }
        watch.close();
        try {
            client.pods().inNamespace(TargetPod.NAMESPACE).withName(pod).withGracePeriod(1).delete();
            // the next variant's pod listens on the same port of the node: this one must be gone first, which a
            // grace period above 0 guarantees (0 removes the object at once, before the kubelet stops the process)
            client.pods().inNamespace(TargetPod.NAMESPACE).withName(pod).waitUntilCondition(p -> p == null, 60, TimeUnit.SECONDS);
        } catch (RuntimeException nodeGone) {
            // the node is being removed: so is the pod
        }
        topology.close();
    }
}
