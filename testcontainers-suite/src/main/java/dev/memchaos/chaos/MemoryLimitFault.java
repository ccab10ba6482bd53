package dev.memchaos.chaos;

import dev.memchaos.backend.Target;
import dev.memchaos.scenario.FaultSpec;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/** The target's memory limit lowered while it runs, then restored to what it was. */
public record MemoryLimitFault(FaultSpec.MemoryLimit spec) implements Fault {

    @Override
    public Applied apply(Target target) {
        long original = target.memoryLimitBytes();
        long lowered = spec.limitBytesFor(original);
        target.setMemoryLimit(lowered);
        AtomicBoolean reverted = new AtomicBoolean();
        return new Applied() {
            @Override
            public Map<String, Object> observed() {
                return Map.of("limitBytes", lowered, "restoredBytes", original);
            }

            @Override
            public void close() {
                if (reverted.compareAndSet(false, true)) {
                    try {
                        target.setMemoryLimit(original);
                    } catch (RuntimeException gone) {
                        // the target is gone (OOM-killed, removed): nothing left to restore
                    }
                }
            }
        };
    }
}
