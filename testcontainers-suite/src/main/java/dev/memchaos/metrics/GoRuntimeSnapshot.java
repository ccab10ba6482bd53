package dev.memchaos.metrics;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a Go service's standard client_golang collectors say about its runtime at one
 * instant. Prefers the runtime/metrics series (exact GC pause histogram); falls back to
 * the classic {@code go_memstats_*} and {@code go_gc_duration_seconds} series that every
 * client_golang service exposes by default.
 */
public record GoRuntimeSnapshot(Optional<Histogram> gcPausesSeconds, OptionalDouble gcCycles,
                                OptionalDouble heapAllocBytes, OptionalDouble heapAllocObjects, OptionalDouble heapInUseBytes,
                                OptionalDouble processStartSeconds, Optional<GcDurationSummary> gcDurationSummary) {

    static final List<String> GC_PAUSE_HISTOGRAMS = List.of("go_sched_pauses_total_gc_seconds", "go_gc_pauses_seconds");
    static final List<String> GC_CYCLES = List.of("go_gc_cycles_total_gc_cycles_total", "go_gc_duration_seconds_count");
    static final List<String> ALLOC_BYTES = List.of("go_gc_heap_allocs_bytes_total", "go_memstats_alloc_bytes_total");
    static final List<String> ALLOC_OBJECTS = List.of("go_gc_heap_allocs_objects_total", "go_memstats_mallocs_total");
    static final List<String> HEAP_IN_USE = List.of("go_memstats_heap_inuse_bytes");
    static final List<String> PROCESS_START = List.of("process_start_time_seconds");

    public static GoRuntimeSnapshot from(List<Sample> samples) {
        return from(samples, HEAP_IN_USE.get(0));
    }

    /** The snapshot, reading the heap in use from {@code heapInUse} (a name the scenario may map). */
    public static GoRuntimeSnapshot from(List<Sample> samples, String heapInUse) {
        Optional<Histogram> pauses = GC_PAUSE_HISTOGRAMS.stream()
                .map(name -> Histogram.from(samples, name))
                .flatMap(Optional::stream)
                .findFirst();
        return new GoRuntimeSnapshot(pauses, first(samples, GC_CYCLES), first(samples, ALLOC_BYTES), first(samples, ALLOC_OBJECTS),
                first(samples, List.of(heapInUse)), first(samples, PROCESS_START), GcDurationSummary.from(samples));
    }

    private static OptionalDouble first(List<Sample> samples, List<String> names) {
        for (String name : names) {
            for (Sample s : samples) {
                if (s.name().equals(name) && s.labels().isEmpty()) {
                    return OptionalDouble.of(s.value());
                }
            }
        }
        return OptionalDouble.empty();
    }

    /**
     * What changed between {@code earlier} and this snapshot. Across a restart of the
     * process (its start time changed) the counters began again from zero, so the
     * difference would mix two processes: the activity is then unknown, not invented.
     */
    public GoRuntimeDelta minus(GoRuntimeSnapshot earlier) {
        if (restartedSince(earlier)) {
            return GoRuntimeDelta.UNKNOWN.withHeapInUseAtEnd(heapInUseBytes);
        }
        Optional<Histogram> pauses = gcPausesSeconds.flatMap(after -> earlier.gcPausesSeconds.map(after::minus));
        OptionalDouble cycles = delta(gcCycles, earlier.gcCycles);
        GoRuntimeDelta delta = new GoRuntimeDelta(pauses, cycles,
                delta(heapAllocBytes, earlier.heapAllocBytes), delta(heapAllocObjects, earlier.heapAllocObjects),
                heapInUseBytes, java.util.Map.of());
        if (pauses.isPresent()) {
            delta = delta.withGc(GcFigures.fromHistogram(pauses.get(), cycles));
        }
        if (gcDurationSummary.isPresent() && earlier.gcDurationSummary.isPresent()) {
            delta = delta.withGc(gcDurationSummary.get().since(earlier.gcDurationSummary.get()));
        }
        return delta;
    }

    boolean restartedSince(GoRuntimeSnapshot earlier) {
        return processStartSeconds.isPresent() && earlier.processStartSeconds.isPresent()
                && processStartSeconds.getAsDouble() != earlier.processStartSeconds.getAsDouble();
    }

    private static OptionalDouble delta(OptionalDouble after, OptionalDouble before) {
        return after.isPresent() && before.isPresent()
                ? OptionalDouble.of(Math.max(0, after.getAsDouble() - before.getAsDouble()))
                : OptionalDouble.empty();
    }
}
