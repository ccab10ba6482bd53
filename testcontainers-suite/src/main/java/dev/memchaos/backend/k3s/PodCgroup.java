package dev.memchaos.backend.k3s;

/**
 * Where one running container of a pod sits in the node's memory cgroup hierarchy (cgroup v1): its own
 * cgroup, its pod's (the parent, which outlives restarts), and the process that the runtime started.
 */
record PodCgroup(String containerPath, long pid) {

    static final String MEMORY_ROOT = "/sys/fs/cgroup/memory";

    /** The container's memory cgroup directory, as seen inside the node. */
    String container() {
        return MEMORY_ROOT + containerPath;
    }

    /** The pod's memory cgroup directory: the container's parent. */
    String pod() {
        return MEMORY_ROOT + containerPath.substring(0, containerPath.lastIndexOf('/'));
    }

    /** Finds the cgroup of the container with this runtime id (without its {@code containerd://} prefix). */
    static PodCgroup of(K3sNode node, String containerId) {
        String out = node.sh("pid=$(ctr --namespace=k8s.io task ls | awk -v id='" + containerId + "' '$1==id {print $2}'); "
                + "[ -n \"$pid\" ] || { echo 'container " + containerId + " has no running task' >&2; exit 1; }; "
                + "echo $pid; grep -E '^[0-9]+:([^:]*,)?memory(,[^:]*)?:' /proc/$pid/cgroup | cut -d: -f3").strip();
        String[] lines = out.split("\n");
        if (lines.length < 2 || lines[1].isBlank()) {
            throw new IllegalStateException("the node shows no memory cgroup for container " + containerId
                    + " (memory faults on k3s need cgroup v1)");
        }
        return new PodCgroup(lines[1].strip(), Long.parseLong(lines[0].strip()));
    }
}
