package dev.memchaos.backend.docker;

import dev.memchaos.chaos.Applied;
import dev.memchaos.chaos.Injector;
import dev.memchaos.scenario.FaultSpec;
import java.util.Map;

/** The container's memory limit (memory and memory+swap) lowered while it runs, then restored to what it was. */
final class DockerMemoryLimit implements Injector<FaultSpec.MemoryLimit, DockerTarget> {

    @Override
    public Class<FaultSpec.MemoryLimit> specType() {
        return FaultSpec.MemoryLimit.class;
    }

    @Override
    public String faultType() {
        return FaultSpec.MemoryLimit.TYPE;
    }

    @Override
    public Applied apply(DockerTarget target, FaultSpec.MemoryLimit spec) {
        long original = target.memoryLimitBytes();
        long lowered = spec.limitBytesFor(original);
        target.setMemoryLimit(lowered);
        return Applied.of(Map.of("limitBytes", lowered, "restoredBytes", original), () -> {
            try {
                target.setMemoryLimit(original);
            } catch (RuntimeException gone) {
                // the target is gone (OOM-killed, removed): nothing left to restore
            }
        });
    }
}
