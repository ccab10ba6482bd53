package dev.memchaos.run;

import dev.memchaos.backend.MemoryStats;
import dev.memchaos.backend.Target;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples a target's memory usage at a fixed rate and keeps the highest value seen, so a
 * peak is known even where the runtime keeps no high-water mark (cgroup v2) or the
 * target died before it could be asked.
 */
final class MemoryPeakProbe implements AutoCloseable {

    private final Target target;
    private final AtomicLong peak = new AtomicLong();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "memchaos-memory-probe");
        thread.setDaemon(true);
        return thread;
    });

    MemoryPeakProbe(Target target, Duration interval) {
        this.target = target;
        sampler.scheduleWithFixedDelay(this::sample, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void sample() {
        try {
            MemoryStats stats = target.memoryStats();
            peak.accumulateAndGet(Math.max(stats.usageBytes(), stats.peakBytes()), Math::max);
        } catch (RuntimeException e) {
            // the target may be gone (OOM-killed); what was seen so far stands
        }
    }

    long peakBytes() {
        return peak.get();
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
