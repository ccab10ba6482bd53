package dev.memchaos.chaos;

import dev.memchaos.scenario.FaultSpec;
import java.util.Map;

/** The target's memory limit lowered while it runs, then restored to what it was; how is the backend's. */
public final class MemoryLimitSqueeze implements Injector<FaultSpec.MemoryLimit, ResizableTarget> {

    @Override
    public Class<FaultSpec.MemoryLimit> specType() {
        return FaultSpec.MemoryLimit.class;
    }

    @Override
    public String faultType() {
        return FaultSpec.MemoryLimit.TYPE;
    }

    @Override
    public Applied apply(ResizableTarget target, FaultSpec.MemoryLimit spec) {
        long original = target.memoryLimitBytes();
        long lowered = spec.limitBytesFor(original);
        target.setMemoryLimit(lowered);
        return Applied.of(Map.of("limitBytes", lowered, "restoredBytes", original), () -> {
            try {
                target.setMemoryLimit(original);
            } catch (RuntimeException gone) {
                // the target is gone (OOM-killed, not restarted, removed): nothing left to restore
            }
        });
    }
}
