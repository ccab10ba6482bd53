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

    /** One response that took {@code micros} microseconds (negative: no response). */
    void record(long micros, boolean ok) {
        long second = System.currentTimeMillis() / 1000;
        Slot slot = slots.computeIfAbsent(second, s -> new Slot());
        if (micros >= 0) {
            slot.histogram.recordValue(micros);
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
                    h.getTotalCount() == 0 ? 0 : h.getValueAtPercentile(50) / 1000.0,
                    h.getTotalCount() == 0 ? 0 : h.getValueAtPercentile(99) / 1000.0,
                    h.getTotalCount() == 0 ? 0 : h.getMaxValue() / 1000.0));
        });
        slots.clear();
        return buckets;
    }

    /** One second of responses: epoch second, counts, and latency p50/p99/max in ms, to the microsecond. */
    public record Bucket(long epochSecond, long ok, long failed, double p50Ms, double p99Ms, double maxMs) {
    }

    private static final class Slot {
        final Histogram histogram = new ConcurrentHistogram(3);
        final LongAdder ok = new LongAdder();
        final LongAdder failed = new LongAdder();
    }
}
