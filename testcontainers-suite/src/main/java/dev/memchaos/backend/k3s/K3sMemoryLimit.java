package dev.memchaos.backend.k3s;

import dev.memchaos.chaos.Applied;
import dev.memchaos.chaos.Injector;
import dev.memchaos.scenario.FaultSpec;
import java.util.Map;

/**
 * The target's memory limit lowered while it runs, then restored: written to the container's memory cgroup
 * and its pod's, as Chaos Mesh writes cgroups. Kubernetes' in-place resize is not used: the kubelet refuses
 * to set a memory limit below current usage ("aborting attempt to set pod memory limit less than current
 * memory usage"), and squeezing a service below what it holds is what this fault is for.
 */
final class K3sMemoryLimit implements Injector<FaultSpec.MemoryLimit, K3sTarget> {

    @Override
    public Class<FaultSpec.MemoryLimit> specType() {
        return FaultSpec.MemoryLimit.class;
    }

    @Override
    public String faultType() {
        return FaultSpec.MemoryLimit.TYPE;
    }

    @Override
    public Applied apply(K3sTarget target, FaultSpec.MemoryLimit spec) {
        long original = target.memoryLimitBytes();
        long lowered = spec.limitBytesFor(original);
        target.setMemoryLimit(lowered);
        return Applied.of(Map.of("limitBytes", lowered, "restoredBytes", original), () -> {
            try {
                target.setMemoryLimit(original);
            } catch (RuntimeException gone) {
                // the container is gone (OOM-killed, not restarted): nothing left to restore
            }
        });
    }
}
