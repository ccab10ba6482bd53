package dev.memchaos.backend.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Network;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

/**
 * Removes memchaos containers and networks whose owning harness is gone (killed, crashed) and, on
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

    /** Removes the containers (and then networks) of harnesses that no longer run; returns how many containers. */
    public int reapOrphans() {
        int removed = remove(labelled(RunLabels.RUN).stream().filter(c -> orphaned(c.getLabels())).toList());
        removeNetworks(RunLabels.RUN, true);
        return removed;
    }

    /** Removes every container and network of one run; returns how many containers. */
    public int reapRun(String runId) {
        int removed = remove(labelled(RunLabels.RUN + "=" + runId));
        removeNetworks(RunLabels.RUN + "=" + runId, false);
        return removed;
    }

    private void removeNetworks(String labelFilter, boolean onlyOrphans) {
        for (Network network : client.listNetworksCmd().withFilter("label", List.of(labelFilter)).exec()) {
            if (onlyOrphans && !orphaned(network.getLabels())) {
                continue;
            }
            try {
                client.removeNetworkCmd(network.getId()).exec();
            } catch (NotFoundException gone) {
                // removed meanwhile
            } catch (RuntimeException stillInUse) {
                // a container outside memchaos's labels still uses it; leave it
            }
        }
    }

    private List<Container> labelled(String labelFilter) {
        return client.listContainersCmd().withShowAll(true).withLabelFilter(List.of(labelFilter)).exec();
    }

    private boolean orphaned(Map<String, String> labels) {
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
            } catch (NotFoundException gone) {
                // removed meanwhile
            }
        }
        return removed;
    }
}
