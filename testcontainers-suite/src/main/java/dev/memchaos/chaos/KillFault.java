package dev.memchaos.chaos;

import dev.memchaos.backend.Target;
import dev.memchaos.scenario.FaultSpec;
import java.time.Duration;
import java.util.Map;

/** SIGKILL of the target; with {@code restart}, started again, recording the time until it answers its health check. */
public record KillFault(FaultSpec.Kill spec) implements Fault {

    static final Duration RESTART_TIMEOUT = Duration.ofSeconds(60);

    @Override
    public Applied apply(Target target) {
        long killedAt = System.nanoTime();
        target.kill();
        if (!spec.restart()) {
            return () -> { };
        }
        target.restart(RESTART_TIMEOUT);
        double recoverySeconds = (System.nanoTime() - killedAt) / 1e9;
        return new Applied() {
            @Override
            public Map<String, Object> observed() {
                return Map.of("recoveryS", Math.round(recoverySeconds * 1000) / 1000.0);
            }

            @Override
            public void close() {
                // a kill is not undone; the restart already happened
            }
        };
    }
}
