package dev.memchaos.chaos;

import dev.memchaos.backend.Target;
import dev.memchaos.scenario.FaultSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Applies a scenario's faults to a target at their times from the start of the load and
 * reverts each at its end. Whatever happens, {@link #close()} reverts every fault still in
 * force (reverting twice is harmless), so a failed check, an exception or a signal never
 * leaves a fault behind.
 */
public final class ChaosTimeline implements AutoCloseable {

    private final Function<FaultSpec, Applied> injector;
    private final long loadStartNanos;
    private final Consumer<String> progress;
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, r -> {
        Thread thread = new Thread(r, "memchaos-chaos");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<FaultSpec, Applied> inForce = new ConcurrentHashMap<>();
    private final Map<FaultSpec, Entry> entries = Collections.synchronizedMap(new LinkedHashMap<>());

    private static final class Entry {
        volatile Double startS;
        volatile Double endS;
        volatile Map<String, Object> observed = Map.of();
        volatile String error;
    }

    private ChaosTimeline(Function<FaultSpec, Applied> injector, long loadStartNanos, Consumer<String> progress) {
        this.injector = injector;
        this.loadStartNanos = loadStartNanos;
        this.progress = progress;
    }

    /** Schedules every fault relative to now, the start of the load, each applied to {@code target} by its injector. */
    public static <T extends Target> ChaosTimeline start(List<FaultSpec> faults, T target, Injectors<T> injectors,
                                                         Consumer<String> progress) {
        ChaosTimeline timeline = new ChaosTimeline(spec -> injectors.apply(target, spec), System.nanoTime(), progress);
        for (FaultSpec spec : faults) {
            timeline.entries.put(spec, new Entry());
            timeline.scheduler.schedule(() -> timeline.apply(spec), spec.at().toMillis(), TimeUnit.MILLISECONDS);
        }
        return timeline;
    }

    private void apply(FaultSpec spec) {
        Entry entry = entries.get(spec);
        try {
            entry.startS = now();
            Applied applied = injector.apply(spec);
            entry.observed = applied.observed();
            progress.accept("chaos: " + spec.describe() + " applied at " + format(entry.startS) + "s");
            if (spec.duration().isZero()) {
                applied.close();
                entry.endS = now();
                return;
            }
            inForce.put(spec, applied);
            long untilEnd = Math.max(0, spec.end().toMillis() - Math.round(now() * 1000));
            scheduler.schedule(() -> revert(spec), untilEnd, TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            entry.error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            entry.endS = now();
            progress.accept("chaos: " + spec.describe() + " could not be applied: " + entry.error);
        }
    }

    private void revert(FaultSpec spec) {
        Applied applied = inForce.remove(spec);
        if (applied != null) {
            try {
                applied.close();
            } finally {
                entries.get(spec).endS = now();
                progress.accept("chaos: " + spec.type() + " reverted at " + format(now()) + "s");
            }
        }
    }

    /** Reverts every fault still in force, now. Safe to call at any time, and more than once. */
    public void revertAll() {
        for (FaultSpec spec : new ArrayList<>(inForce.keySet())) {
            try {
                revert(spec);
            } catch (RuntimeException e) {
                progress.accept("chaos: reverting " + spec.type() + " failed: " + e.getMessage());
            }
        }
    }

    /** The faults as they really happened, in scenario order; ones never reached have no start. */
    public List<FaultRecord> records() {
        List<FaultRecord> records = new ArrayList<>();
        synchronized (entries) {
            entries.forEach((spec, e) -> records.add(new FaultRecord(spec.type(), spec.describe(), e.startS, e.endS,
                    spec.params(), e.observed, e.error)));
        }
        return records;
    }

    /** Stops scheduling and reverts whatever is still in force. */
    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        revertAll();
    }

    private double now() {
        return Math.round((System.nanoTime() - loadStartNanos) / 1e6) / 1000.0;
    }

    private static String format(double seconds) {
        return String.format(Locale.ROOT, "%.1f", seconds);
    }
}
