package dev.memchaos.chaos;

import dev.memchaos.backend.Target;
import dev.memchaos.scenario.FaultSpec;

/** Memory allocated and touched inside the target's own memory cgroup, competing with it for the same limit. */
public record MemoryPressureFault(FaultSpec.MemoryPressure spec) implements Fault {

    @Override
    public Applied apply(Target target) {
        Target.Revert revert = target.memoryPressure(spec.size().bytes(), spec.steps(), spec.duration());
        return revert::close;
    }
}
