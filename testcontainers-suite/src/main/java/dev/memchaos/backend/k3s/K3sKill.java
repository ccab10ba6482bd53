package dev.memchaos.backend.k3s;

import dev.memchaos.backend.HealthCheck;
import dev.memchaos.chaos.Applied;
import dev.memchaos.chaos.Injector;
import dev.memchaos.scenario.FaultSpec;
import java.time.Duration;
import java.util.Map;

/**
 * SIGKILL to the target's process inside the node; with {@code restart}, the kubelet starts the container again
 * (the pod's restart policy is Always then) and the time until the target answers its health path is recorded.
 */
final class K3sKill implements Injector<FaultSpec.Kill, K3sTarget> {

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
    public Applied apply(K3sTarget target, FaultSpec.Kill spec) {
        String killed = target.runningContainerId();
        long pid = target.cgroup().pid();
        long killedAt = System.nanoTime();
        // returns once the process is gone, so that nothing below can reach the killed one
        target.node().sh("kill -KILL " + pid + " && for i in $(seq 1 100); do kill -0 " + pid
                + " 2>/dev/null || exit 0; sleep 0.05; done; exit 1");
        if (!spec.restart()) {
            return Applied.of(() -> { });
        }
        target.awaitNewContainer(killed, RESTART_TIMEOUT);
        HealthCheck.await(target.endpoint(), target.healthPath(), RESTART_TIMEOUT, "the target restarted by the kubelet");
        double recoverySeconds = (System.nanoTime() - killedAt) / 1e9;
        return Applied.of(Map.of("recoveryS", Math.round(recoverySeconds * 1000) / 1000.0), () -> {
            // a kill is not undone; the kubelet already restarted the container
        });
    }
}
