package dev.memchaos.backend.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memchaos.backend.Deployment;
import dev.memchaos.chaos.Applied;
import dev.memchaos.journal.RunId;
import dev.memchaos.scenario.ByteSize;
import dev.memchaos.scenario.FaultSpec;
import dev.memchaos.scenario.TargetSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The stressor squeezes a target whatever its image: here Toxiproxy's (no shell, no stressor of its own), and the
 * memory it holds is charged to the target's own memory cgroup, read from the host's cgroup files.
 */
class DockerMemoryPressureIT {

    private static final long MIB = 1L << 20;

    private final DockerBackend backend = new DockerBackend(RunId.next("pressure-it"));

    @AfterEach
    void removeEverything() {
        backend.close();
    }

    @Test
    void theStressorsMemoryIsChargedToATargetOfAnotherImage() throws Exception {
        assertThat(backend.injectors().faultTypes())
                .as("this engine cannot nest a container in the target's cgroup (cgroupfs on cgroup v1 only): "
                        + "memory pressure, which this test is about, is not available here")
                .contains(FaultSpec.MemoryPressure.TYPE);
        TargetSpec spec = new TargetSpec(ProxyContainer.IMAGE, 8474, ByteSize.ofMiB(128), "/version", "/metrics", Map.of());
        DockerTarget target = backend.deploy(new Deployment(spec, "only", Set.of(), false));
        Path cgroup = Path.of("/sys/fs/cgroup/memory/docker", target.containerId());
        assertThat(cgroup).as("the target's memory cgroup, the witness of this test, on this host").isDirectory();
        long before = read(cgroup, "memory.usage_in_bytes");

        long during;
        long peak;
        List<Path> nested;
        try (Applied applied = backend.injectors().apply(target,
                new FaultSpec.MemoryPressure(Duration.ZERO, Duration.ofSeconds(10), ByteSize.ofMiB(48), 1))) {
            during = read(cgroup, "memory.usage_in_bytes");
            peak = read(cgroup, "memory.max_usage_in_bytes");
            nested = children(cgroup);
        }
        long after = settled(cgroup, before + 8 * MIB);
        System.err.printf("memory cgroup of the target (%s): before %.1f MiB, with 48 MiB of pressure %.1f MiB (max %.1f MiB),"
                + " after %.1f MiB; nested cgroups %s%n", ProxyContainer.IMAGE, before / (double) MIB, during / (double) MIB,
                peak / (double) MIB, after / (double) MIB, nested.stream().map(p -> p.getFileName().toString().substring(0, 12)).toList());

        assertThat(nested).as("the stressor's container, nested in the target's cgroup").hasSize(1);
        assertThat(during - before).as("bytes the 48 MiB balloon added to the target's cgroup").isGreaterThanOrEqualTo(46 * MIB);
        assertThat(peak).isGreaterThanOrEqualTo(during);
        assertThat(after).as("the target's cgroup after the balloon is stopped").isLessThan(before + 8 * MIB);
        assertThat(target.oomKills(Instant.EPOCH)).as("OOM kills of the target: 48 MiB fit under 128 MiB").isEmpty();
    }

    private static long read(Path cgroup, String file) throws Exception {
        return Long.parseLong(Files.readString(cgroup.resolve(file)).strip());
    }

    private static List<Path> children(Path cgroup) throws Exception {
        try (Stream<Path> entries = Files.list(cgroup)) {
            return entries.filter(Files::isDirectory).toList();
        }
    }

    /** The usage once it is under {@code bound}, or the last reading after 10 s. */
    private static long settled(Path cgroup, long bound) throws Exception {
        Instant deadline = Instant.now().plusSeconds(10);
        long usage = read(cgroup, "memory.usage_in_bytes");
        while (usage >= bound && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            usage = read(cgroup, "memory.usage_in_bytes");
        }
        return usage;
    }
}
