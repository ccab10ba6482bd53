package dev.memchaos.chaos;

import dev.memchaos.backend.Target;
import dev.memchaos.scenario.FaultSpec;

/** One fault from a scenario, applied to a target. Knows nothing of the load. */
public sealed interface Fault permits MemoryPressureFault, MemoryLimitFault, NetworkDelayFault, KillFault {

    FaultSpec spec();

    Applied apply(Target target);

    static Fault of(FaultSpec spec) {
        if (spec instanceof FaultSpec.MemoryPressure pressure) {
            return new MemoryPressureFault(pressure);
        }
        if (spec instanceof FaultSpec.MemoryLimit limit) {
            return new MemoryLimitFault(limit);
        }
        if (spec instanceof FaultSpec.NetworkDelay delay) {
            return new NetworkDelayFault(delay);
        }
        return new KillFault((FaultSpec.Kill) spec);
    }
}
