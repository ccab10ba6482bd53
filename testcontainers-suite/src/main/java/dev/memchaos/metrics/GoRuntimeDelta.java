package dev.memchaos.metrics;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The Go runtime's activity over a window: GC pauses (seconds), GC cycles, heap bytes and
 * objects allocated; and the heap in use at its end (after a forced GC where the service allows one).
 */
public record GoRuntimeDelta(Optional<Histogram> gcPausesSeconds, OptionalDouble gcCycles,
                             OptionalDouble heapAllocBytes, OptionalDouble heapAllocObjects, OptionalDouble heapInUseAtEnd) {

    /** The same activity, with the heap in use read after a forced collection: the live heap. */
    public GoRuntimeDelta withHeapInUseAtEnd(OptionalDouble liveHeap) {
        return new GoRuntimeDelta(gcPausesSeconds, gcCycles, heapAllocBytes, heapAllocObjects, liveHeap);
    }

    public static final GoRuntimeDelta UNKNOWN = new GoRuntimeDelta(Optional.empty(), OptionalDouble.empty(),
            OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
}
