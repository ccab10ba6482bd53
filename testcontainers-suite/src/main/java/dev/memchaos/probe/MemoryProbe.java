package dev.memchaos.probe;

import dev.memchaos.backend.MemoryStats;
import dev.memchaos.backend.Target;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Container memory usage and limit, as the runtime streams them (about once a second),
 * and the highest usage seen: a peak is known even where the runtime keeps no
 * high-water mark or the target died before it could be asked.
 */
public final class MemoryProbe implements Probe {

    public static final String USAGE = "memory.usageBytes";
    public static final String LIMIT = "memory.limitBytes";

    private final AtomicLong peak = new AtomicLong();
    private final Target.Revert stream;

    public MemoryProbe(Target target, Timeline timeline) {
        this(target, timeline, stats -> { });
    }

    /** Also hands every sample to {@code listener} (which must not block: samples arrive on the runtime's stream). */
    public MemoryProbe(Target target, Timeline timeline, Consumer<MemoryStats> listener) {
        this.stream = target.streamMemory(stats -> sample(stats, timeline, listener));
    }

    private void sample(MemoryStats stats, Timeline timeline, Consumer<MemoryStats> listener) {
        if (stats.limitBytes() == 0 && stats.usageBytes() == 0) {
            return;
        }
        timeline.record(USAGE, stats.usageBytes());
        timeline.record(LIMIT, stats.limitBytes());
        peak.accumulateAndGet(Math.max(stats.usageBytes(), stats.peakBytes()), Math::max);
        listener.accept(stats);
    }

    public long peakBytes() {
        return peak.get();
    }

    @Override
    public void close() {
        stream.close();
    }
}
