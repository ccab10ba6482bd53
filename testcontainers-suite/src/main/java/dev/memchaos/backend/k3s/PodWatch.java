package dev.memchaos.backend.k3s;

import io.fabric8.kubernetes.api.model.ContainerState;
import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Watches one pod's container status for as long as the target lives, so that every termination is seen
 * even when the kubelet restarts the container and the status keeps only the last one.
 */
final class PodWatch implements AutoCloseable {

    /** One end of the target's container, as its status reported it. */
    record Termination(String containerId, String reason, Instant finishedAt, int exitCode) {
    }

    private final KubernetesClient client;
    private final String pod;
    private final Map<String, Termination> terminations = new ConcurrentHashMap<>();
    private final Watch watch;

    PodWatch(KubernetesClient client, String pod) {
        this.client = client;
        this.pod = pod;
        this.watch = client.pods().inNamespace(TargetPod.NAMESPACE).withName(pod).watch(new Watcher<>() {
            @Override
            public void eventReceived(Action action, Pod resource) {
                record(resource);
            }

            @Override
            public void onClose(WatcherException cause) {
                // the pod is gone, or the node with it; record() on demand reads the last status
            }
        });
    }

    /** Every termination seen so far, after a fresh read of the status. */
    List<Termination> terminations() {
        record(client.pods().inNamespace(TargetPod.NAMESPACE).withName(pod).get());
        return terminations.values().stream().sorted((a, b) -> a.finishedAt().compareTo(b.finishedAt())).toList();
    }

    /** The runtime id of the target's container now (without {@code containerd://}), if it runs. */
    Optional<String> runningContainerId() {
        return status(client.pods().inNamespace(TargetPod.NAMESPACE).withName(pod).get())
                .filter(s -> s.getState() != null && s.getState().getRunning() != null && s.getContainerID() != null)
                .map(s -> s.getContainerID().replaceFirst("^[a-z]+://", ""));
    }

    /** The target container's state as the kubelet reports it, for messages. */
    String describeState() {
        return status(client.pods().inNamespace(TargetPod.NAMESPACE).withName(pod).get())
                .map(s -> "state " + s.getState() + ", last state " + s.getLastState() + ", restarts " + s.getRestartCount())
                .orElse("no status");
    }

    private void record(Pod resource) {
        status(resource).ifPresent(s -> {
            add(s.getState());
            add(s.getLastState());
        });
    }

    private void add(ContainerState state) {
        ContainerStateTerminated t = state == null ? null : state.getTerminated();
        if (t != null && t.getContainerID() != null && t.getFinishedAt() != null) {
            terminations.putIfAbsent(t.getContainerID(), new Termination(t.getContainerID(), t.getReason(),
                    Instant.parse(t.getFinishedAt()), t.getExitCode() == null ? -1 : t.getExitCode()));
        }
    }

    private static Optional<ContainerStatus> status(Pod resource) {
        if (resource == null || resource.getStatus() == null || resource.getStatus().getContainerStatuses() == null) {
            return Optional.empty();
        }
        return resource.getStatus().getContainerStatuses().stream().filter(s -> TargetPod.CONTAINER.equals(s.getName())).findFirst();
    }

    @Override
    public void close() {
        watch.close();
    }
}
