package dev.memchaos.backend.docker;

import dev.memchaos.backend.HealthCheck;
import dev.memchaos.chaos.Applied;
import dev.memchaos.chaos.Injector;
import dev.memchaos.scenario.FaultSpec;
import java.time.Duration;
import java.util.Map;

/** SIGKILL of the container; with {@code restart}, started again, recording the time until it answers its health check. */
final class DockerKill implements Injector<FaultSpec.Kill, DockerTarget> {

    static final Duration RESTART_TIMEOUT = Duration.ofSeconds(60);

    @Override
    public Class<FaultSpec.Kill> specType() {
        return FaultSpec.Kill.class;
    }

    @Override
    public String faultType() {
        return FaultSpec.Kill.TYPE;
    }

    @Override
    public Applied apply(DockerTarget target, FaultSpec.Kill spec) {
        long killedAt = System.nanoTime();
        target.client().killContainerCmd(target.containerId()).withSignal("KILL").exec();
        if (!spec.restart()) {
            return Applied.of(() -> { });
        }
        restart(target);
        double recoverySeconds = (System.nanoTime() - killedAt) / 1e9;
        return Applied.of(Map.of("recoveryS", Math.round(recoverySeconds * 1000) / 1000.0), () -> {
            // a kill is not undone; the restart already happened
        });
    }

    /** Starts the killed container again and waits until it answers its health path. */
    private static void restart(DockerTarget target) {
        target.client().startContainerCmd(target.containerId()).exec();
        HealthCheck.await(target.endpoint(), target.healthPath(), RESTART_TIMEOUT, "the restarted target");
    }
}
