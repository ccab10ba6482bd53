package dev.memchaos.metrics;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The Go runtime's activity over a window: GC pauses (seconds), GC cycles, heap bytes and objects allocated; the
 * heap in use at its end (after a forced GC where the service allows one); and the GC figures of every source that
 * saw the window, of which {@link #gc()} is the preferred one.
 */
public record GoRuntimeDelta(Optional<Histogram> gcPausesSeconds, OptionalDouble gcCycles,
                             OptionalDouble heapAllocBytes, OptionalDouble heapAllocObjects, OptionalDouble heapInUseAtEnd,
                             Map<GcSource, GcFigures> gcBySource) {

    public static final GoRuntimeDelta UNKNOWN = new GoRuntimeDelta(Optional.empty(), OptionalDouble.empty(),
            OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), Map.of());

    public GoRuntimeDelta {
        EnumMap<GcSource, GcFigures> sources = new EnumMap<>(GcSource.class);
        sources.putAll(gcBySource);
        gcBySource = Collections.unmodifiableMap(sources);
    }

    /** The same activity, with the heap in use read after a forced collection: the live heap. */
    public GoRuntimeDelta withHeapInUseAtEnd(OptionalDouble liveHeap) {
        return new GoRuntimeDelta(gcPausesSeconds, gcCycles, heapAllocBytes, heapAllocObjects, liveHeap, gcBySource);
    }

    /** The same activity, with what one more source saw of the GC. */
    public GoRuntimeDelta withGc(GcFigures figures) {
        EnumMap<GcSource, GcFigures> sources = new EnumMap<>(GcSource.class);
        sources.putAll(gcBySource);
        sources.put(figures.source(), figures);
        return new GoRuntimeDelta(gcPausesSeconds, gcCycles, heapAllocBytes, heapAllocObjects, heapInUseAtEnd, sources);
    }

    /** The GC figures of the most precise source that saw the window; empty when none did. */
    public Optional<GcFigures> gc() {
        return gcBySource.values().stream().findFirst();
    }
}
