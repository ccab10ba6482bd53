package dev.memchaos.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memchaos.backend.Deployment;
import dev.memchaos.backend.Target;
import dev.memchaos.backend.docker.DockerBackend;
import dev.memchaos.run.RunId;
import dev.memchaos.scenario.ByteSize;
import dev.memchaos.scenario.FaultSpec;
import dev.memchaos.scenario.FaultSpec.NetworkDelay.NetworkPath;
import dev.memchaos.scenario.TargetSpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each fault against a real mapsvc container: applied, observed, reverted, and reverting twice is harmless. */
class FaultsIT {

    private final DockerBackend backend = new DockerBackend(RunId.next("faults-it"));
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void removeEverything() {
        backend.close();
    }

    private Target deploy(long limitMiB, Set<NetworkPath> delayable) throws Exception {
        TargetSpec spec = new TargetSpec("memchaos/mapsvc:local", 8080, ByteSize.ofMiB(limitMiB), "/healthz", "/metrics", Map.of());
        return backend.deploy(new Deployment(spec, "only", delayable));
    }

    @Test
    void memoryLimitIsLoweredThenRestoredAndRevertingTwiceIsHarmless() throws Exception {
        Target target = deploy(128, Set.of());
        FaultSpec.MemoryLimit spec = FaultSpec.MemoryLimit.toFraction(Duration.ZERO, Duration.ofSeconds(1), 0.5);

        Applied applied = Fault.of(spec).apply(target);
        assertThat(target.memoryStats().limitBytes()).isEqualTo(64L << 20);

        applied.close();
        applied.close();
        assertThat(target.memoryStats().limitBytes()).isEqualTo(128L << 20);
    }

    @Test
    void aKilledTargetIsRestartedAndItsRecoveryTimeRecorded() throws Exception {
        Target target = deploy(64, Set.of());

        Applied applied = Fault.of(new FaultSpec.Kill(Duration.ZERO, true)).apply(target);

        assertThat((Double) applied.observed().get("recoveryS")).isPositive().isLessThan(30.0);
        assertThat(status(target.endpoint().resolve("/healthz"))).isEqualTo(200);
        applied.close();
    }

    @Test
    void memoryPressureInTheTargetsCgroupGetsTheTargetOomKilled() throws Exception {
        Target target = deploy(64, Set.of());
        Instant since = Instant.now().minusSeconds(1);
        FaultSpec.MemoryPressure spec = new FaultSpec.MemoryPressure(Duration.ZERO, Duration.ofSeconds(8), ByteSize.ofMiB(62), 2);

        try (Applied applied = Fault.of(spec).apply(target)) {
            Instant deadline = Instant.now().plusSeconds(15);
            while (target.oomKills(since).isEmpty() && Instant.now().isBefore(deadline)) {
                Thread.sleep(250);
            }
        }

        assertThat(target.oomKills(since)).as("OOM kills of the target").isNotEmpty();
    }

    @Test
    void networkDelayOnTheClientPathSlowsResponsesUntilTheToxicIsRemoved() throws Exception {
        Target target = deploy(64, Set.of(NetworkPath.CLIENT));
        URI health = target.loadEndpoint().resolve("/healthz");
        assertThat(millis(health)).isLessThan(150);

        Applied applied = Fault.of(new FaultSpec.NetworkDelay(Duration.ZERO, Duration.ofSeconds(1), NetworkPath.CLIENT,
                Duration.ofMillis(300), Duration.ZERO)).apply(target);
        assertThat(millis(health)).isGreaterThanOrEqualTo(300);

        applied.close();
        applied.close();
        assertThat(millis(health)).isLessThan(150);
    }

    private int status(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private long millis(URI uri) throws Exception {
        status(uri);
        long start = System.nanoTime();
        assertThat(status(uri)).isEqualTo(200);
        return (System.nanoTime() - start) / 1_000_000;
    }
}
