package dev.memchaos.chaos;

import dev.memchaos.backend.HealthCheck;
import dev.memchaos.scenario.FaultSpec;
import java.time.Duration;
import java.util.Map;

/**
 * SIGKILL of the target; with {@code restart}, started again by its runtime, recording in {@code recoveryS} the time
 * from the kill until it answers its health path. A kill is not undone: closing it does nothing.
 */
public final class KillAndRestart implements Injector<FaultSpec.Kill, KillableTarget> {

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
    public Applied apply(KillableTarget target, FaultSpec.Kill spec) {
        long killedAt = System.nanoTime();
        target.kill();
        if (!spec.restart()) {
            return Applied.of(() -> { });
        }
        target.startAgain(RESTART_TIMEOUT);
        HealthCheck.await(target.endpoint(), target.healthPath(), RESTART_TIMEOUT, "the restarted target");
        double recoverySeconds = (System.nanoTime() - killedAt) / 1e9;
        return Applied.of(Map.of("recoveryS", Math.round(recoverySeconds * 1000) / 1000.0), () -> { });
    }
}
