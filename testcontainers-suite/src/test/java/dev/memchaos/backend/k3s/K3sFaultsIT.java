package dev.memchaos.backend.k3s;

import static dev.memchaos.testing.Http.millis;
import static dev.memchaos.testing.Http.status;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memchaos.backend.Deployment;
import dev.memchaos.chaos.Applied;
import dev.memchaos.journal.RunId;
import dev.memchaos.scenario.ByteSize;
import dev.memchaos.scenario.FaultSpec;
import dev.memchaos.scenario.FaultSpec.NetworkDelay.NetworkPath;
import dev.memchaos.scenario.TargetSpec;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Each k3s injector against a real mapsvc pod on one node booted by K3sContainer: applied, observed in the
 * pod's cgroup and status, reverted; and the host's kernel settings untouched by the kubelet.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class K3sFaultsIT {

    /** The host-wide settings the kubelet would write if the node let it. */
    private static final String[] KERNEL_SETTINGS = {"vm/overcommit_memory", "vm/panic_on_oom", "kernel/panic", "kernel/panic_on_oops"};

    private K3sBackend backend;
    private Map<String, String> kernelBefore;

    @BeforeAll
    void bootNode() throws Exception {
        kernelBefore = kernelSettings();
        backend = new K3sBackend(RunId.next("k3s-faults-it"), line -> System.err.println("memchaos: " + line));
    }

    @AfterAll
    void removeNodeAndCheckTheHost() throws Exception {
        backend.close();
        assertThat(kernelSettings()).as("host kernel settings after the node ran").isEqualTo(kernelBefore);
    }

    private K3sTarget deploy(String variant, long limitMiB, Set<NetworkPath> delayable, boolean restartAfterKill) throws Exception {
        TargetSpec spec = new TargetSpec("memchaos/mapsvc:local", 8080, ByteSize.ofMiB(limitMiB), "/healthz", "/metrics", Map.of());
        return backend.deploy(new Deployment(spec, variant, delayable, restartAfterKill));
    }

    @Test
    void memoryLimitIsLoweredInTheContainerAndPodCgroupsThenRestored() throws Exception {
        try (K3sTarget target = deploy("limit", 128, Set.of(), false)) {
            PodCgroup cgroup = target.cgroup();
            FaultSpec.MemoryLimit spec = FaultSpec.MemoryLimit.toFraction(Duration.ZERO, Duration.ofSeconds(1), 0.5);

            Applied applied = backend.injectors().apply(target, spec);
            assertThat(target.memoryStats().limitBytes()).isEqualTo(64L << 20);
            assertThat(limit(target, cgroup.container())).isEqualTo(64L << 20);

            applied.close();
            applied.close();
            assertThat(target.memoryStats().limitBytes()).isEqualTo(128L << 20);
            assertThat(limit(target, cgroup.container())).isEqualTo(128L << 20);
        }
    }

    @Test
    void aKilledTargetIsRestartedByTheKubeletAndItsRecoveryTimeRecorded() throws Exception {
        try (K3sTarget target = deploy("kill", 64, Set.of(), true)) {
            long pidBefore = target.cgroup().pid();

            Applied applied = backend.injectors().apply(target, new FaultSpec.Kill(Duration.ZERO, true));

            assertThat((Double) applied.observed().get("recoveryS")).isPositive().isLessThan(30.0);
            assertThat(status(target.endpoint().resolve("/healthz"))).isEqualTo(200);
            assertThat(target.cgroup().pid()).as("the process the kubelet started again").isNotEqualTo(pidBefore);
            assertThat(target.oomKills(Instant.EPOCH)).as("a SIGKILL is not an OOM kill").isEmpty();
            applied.close();
        }
    }

    @Test
    void memoryPressureInTheContainersCgroupGetsTheTargetOomKilledNotTheBalloon() throws Exception {
        try (K3sTarget target = deploy("pressure", 64, Set.of(), false)) {
            Instant since = Instant.now().minusSeconds(1);
            long targetPid = target.cgroup().pid();
            // 60MiB in two steps: the second does not fit beside the target in 64MiB
            FaultSpec.MemoryPressure spec = new FaultSpec.MemoryPressure(Duration.ZERO, Duration.ofSeconds(8), ByteSize.ofMiB(60), 2);

            try (Applied applied = backend.injectors().apply(target, spec)) {
                // what makes the kernel choose: the kubelet's score for the target against the node's for the balloon
                String scores = target.node().sh("cat /proc/" + targetPid + "/oom_score_adj /proc/$(cat /tmp/memchaos-pressure-*.pid)/oom_score_adj");
                String[] adj = scores.strip().split("\\s+");
                assertThat(Integer.parseInt(adj[0])).as("the target's OOM score adj (QoS Burstable)").isGreaterThan(900);
                assertThat(Integer.parseInt(adj[1])).as("the balloon's OOM score adj").isZero();
                assertThat(target.node().sh("cat " + target.cgroup().container() + "/memchaos-pressure-*/cgroup.procs").strip())
                        .as("the balloon sits in a child of the target container's memory cgroup").isNotEmpty();
                Instant deadline = Instant.now().plusSeconds(20);
                while (target.oomKills(since).isEmpty() && Instant.now().isBefore(deadline)) {
                    Thread.sleep(250);
                }
            }

            assertThat(target.oomKills(since)).as("OOM kills of the target (reason OOMKilled in its status)").hasSize(1);
        }
    }

    @Test
    void networkDelayOnTheClientPathSlowsResponsesUntilTheToxicIsRemoved() throws Exception {
        try (K3sTarget target = deploy("delay", 64, Set.of(NetworkPath.CLIENT), false)) {
            URI health = target.loadEndpoint().resolve("/healthz");
            assertThat(target.loadEndpoint()).isNotEqualTo(target.endpoint());
            assertThat(millis(health)).isLessThan(150);

            Applied applied = backend.injectors().apply(target, new FaultSpec.NetworkDelay(Duration.ZERO, Duration.ofSeconds(1),
                    NetworkPath.CLIENT, Duration.ofMillis(300), Duration.ZERO));
            assertThat(millis(health)).isGreaterThanOrEqualTo(300);

            applied.close();
            applied.close();
            assertThat(millis(health)).isLessThan(150);
        }
    }

    private static long limit(K3sTarget target, String cgroup) {
        return Long.parseLong(target.node().sh("cat " + cgroup + "/memory.limit_in_bytes").strip());
    }

    private static Map<String, String> kernelSettings() throws Exception {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : KERNEL_SETTINGS) {
            values.put(name, Files.readString(Path.of("/proc/sys", name)).strip());
        }
        return values;
    }
}
