package dev.memchaos.chaos;

import static dev.memchaos.testing.Http.millis;
import static dev.memchaos.testing.Http.status;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memchaos.backend.Deployment;
import dev.memchaos.backend.docker.DockerBackend;
import dev.memchaos.backend.docker.DockerTarget;
import dev.memchaos.journal.RunId;
import dev.memchaos.scenario.ByteSize;
import dev.memchaos.scenario.FaultSpec;
import dev.memchaos.scenario.FaultSpec.NetworkDelay.NetworkPath;
import dev.memchaos.scenario.TargetSpec;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each Docker injector against a real mapsvc container: applied, observed, reverted, and reverting twice is harmless. */
class FaultsIT {

    private final DockerBackend backend = new DockerBackend(RunId.next("faults-it"));

    @AfterEach
    void removeEverything() {
        backend.close();
    }

    private DockerTarget deploy(long limitMiB, Set<NetworkPath> delayable) throws Exception {
        TargetSpec spec = new TargetSpec("memchaos/mapsvc:local", 8080, ByteSize.ofMiB(limitMiB), "/healthz", "/metrics", Map.of());
        return backend.deploy(new Deployment(spec, "only", delayable, true));
    }

    @Test
    void memoryLimitIsLoweredThenRestoredAndRevertingTwiceIsHarmless() throws Exception {
        DockerTarget target = deploy(128, Set.of());
        FaultSpec.MemoryLimit spec = FaultSpec.MemoryLimit.toFraction(Duration.ZERO, Duration.ofSeconds(1), 0.5);

        Applied applied = backend.injectors().apply(target, spec);
        assertThat(target.memoryStats().limitBytes()).isEqualTo(64L << 20);

        applied.close();
        applied.close();
        assertThat(target.memoryStats().limitBytes()).isEqualTo(128L << 20);
    }

    @Test
    void aKilledTargetIsRestartedAndItsRecoveryTimeRecorded() throws Exception {
        DockerTarget target = deploy(64, Set.of());

        Applied applied = backend.injectors().apply(target, new FaultSpec.Kill(Duration.ZERO, true));

        assertThat((Double) applied.observed().get("recoveryS")).isPositive().isLessThan(30.0);
        assertThat(status(target.endpoint().resolve("/healthz"))).isEqualTo(200);
        applied.close();
    }

    @Test
    void memoryPressureInTheTargetsCgroupGetsTheTargetOomKilled() throws Exception {
        assertThat(backend.injectors().faultTypes())
                .as("this engine cannot nest a container in the target's cgroup (cgroupfs on cgroup v1 only): "
                        + "memory pressure, which this test is about, is not available here")
                .contains(FaultSpec.MemoryPressure.TYPE);
        DockerTarget target = deploy(64, Set.of());
        Instant since = Instant.now().minusSeconds(1);
        FaultSpec.MemoryPressure spec = new FaultSpec.MemoryPressure(Duration.ZERO, Duration.ofSeconds(8), ByteSize.ofMiB(62), 2);

        try (Applied applied = backend.injectors().apply(target, spec)) {
            Instant deadline = Instant.now().plusSeconds(15);
            while (target.oomKills(since).isEmpty() && Instant.now().isBefore(deadline)) {
                Thread.sleep(250);
            }
        }

        assertThat(target.oomKills(since)).as("OOM kills of the target").isNotEmpty();
    }

    @Test
    void networkDelayOnTheClientPathSlowsResponsesUntilTheToxicIsRemoved() throws Exception {
        DockerTarget target = deploy(64, Set.of(NetworkPath.CLIENT));
        URI health = target.loadEndpoint().resolve("/healthz");
        assertThat(millis(health)).isLessThan(150);

        Applied applied = backend.injectors().apply(target, new FaultSpec.NetworkDelay(Duration.ZERO, Duration.ofSeconds(1),
                NetworkPath.CLIENT, Duration.ofMillis(300), Duration.ZERO));
        assertThat(millis(health)).isGreaterThanOrEqualTo(300);

        applied.close();
        applied.close();
        assertThat(millis(health)).isLessThan(150);
    }
}
