package dev.memchaos.simulations;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Response times bucketed by the wall-clock second they completed in. */
public final class PerSecond {

    private final ConcurrentSkipListMap<Long, Slot> slots = new ConcurrentSkipListMap<>();

    void record(long millis, boolean ok) {
        long second = System.currentTimeMillis() / 1000;
        Slot slot = slots.computeIfAbsent(second, s -> new Slot());
        if (millis >= 0) {
            slot.histogram.recordValue(millis);
        }
        if (ok) {
            slot.ok.increment();
        } else {
            slot.failed.increment();
        }
    }

    void reset() {
        slots.clear();
    }

    List<Bucket> drain() {
        List<Bucket> buckets = new ArrayList<>();
        slots.forEach((second, slot) -> {
            Histogram h = slot.histogram;
            buckets.add(new Bucket(second, slot.ok.sum(), slot.failed.sum(),
                    h.getTotalCount() == 0 ? 0 : h.getValueAtPercentile(50),
                    h.getTotalCount() == 0 ? 0 : h.getValueAtPercentile(99),
                    h.getTotalCount() == 0 ? 0 : h.getMaxValue()));
        });
        slots.clear();
        return buckets;
    }

    /** One second of responses: epoch second, counts, and latency p50/p99/max in ms. */
    public record Bucket(long epochSecond, long ok, long failed, long p50Ms, long p99Ms, long maxMs) {
    }

    private static final class Slot {
        final Histogram histogram = new ConcurrentHistogram(3);
        final LongAdder ok = new LongAdder();
        final LongAdder failed = new LongAdder();
    }
}
