package dev.memchaos.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A container's CPU time and memory, read from its cgroup (the cgroupfs driver on cgroup v1, as on these machines). */
final class ContainerCpu {

    private final Path cpuUsage;
    private final Path memoryUsage;

    ContainerCpu(String containerId) throws IOException {
        this.cpuUsage = first(List.of(Path.of("/sys/fs/cgroup/cpuacct/docker", containerId, "cpuacct.usage"),
                Path.of("/sys/fs/cgroup/cpu,cpuacct/docker", containerId, "cpuacct.usage")));
        this.memoryUsage = first(List.of(Path.of("/sys/fs/cgroup/memory/docker", containerId, "memory.usage_in_bytes")));
    }

    /** CPU time the container has used, in nanoseconds. */
    long cpuNanos() throws IOException {
        return Long.parseLong(Files.readString(cpuUsage).strip());
    }

    long memoryBytes() throws IOException {
        return Long.parseLong(Files.readString(memoryUsage).strip());
    }

    private static Path first(List<Path> candidates) throws IOException {
        for (Path p : candidates) {
            if (Files.isReadable(p)) {
                return p;
            }
        }
        throw new IOException("no cgroup v1 file among " + candidates + ": the benchmark reads the target's CPU from"
                + " the cgroupfs driver on cgroup v1");
    }
}
