package dev.memchaos.backend.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

/**
 * Removes memchaos containers whose owning harness is gone (killed, crashed) and, on
 * request, those of one run. Stands in for Testcontainers' Ryuk, whose image cannot be
 * pulled where no registry is reachable.
 */
public final class ContainerReaper {

    private final DockerClient client;
    private final LongPredicate ownerAlive;

    public ContainerReaper(DockerClient client) {
        this(client, pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
    }

    ContainerReaper(DockerClient client, LongPredicate ownerAlive) {
        this.client = client;
        this.ownerAlive = ownerAlive;
    }

    /** Removes the containers of harnesses that no longer run; returns how many. */
    public int reapOrphans() {
        return remove(labelled(RunLabels.RUN).stream().filter(this::orphaned).toList());
    }

    /** Removes every container of one run; returns how many. */
    public int reapRun(String runId) {
        return remove(labelled(RunLabels.RUN + "=" + runId));
    }

    private List<Container> labelled(String labelFilter) {
        return client.listContainersCmd().withShowAll(true).withLabelFilter(List.of(labelFilter)).exec();
    }

    private boolean orphaned(Container container) {
        Map<String, String> labels = container.getLabels();
        String pid = labels == null ? null : labels.get(RunLabels.OWNER_PID);
        if (pid == null) {
            return true;
        }
        try {
            return !ownerAlive.test(Long.parseLong(pid));
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private int remove(List<Container> containers) {
        int removed = 0;
        for (Container container : containers) {
            try {
                client.removeContainerCmd(container.getId()).withForce(true).withRemoveVolumes(true).exec();
                removed++;
            } catch (com.github.dockerjava.api.exception.NotFoundException gone) {
                // removed meanwhile
            }
        }
        return removed;
    }
}
