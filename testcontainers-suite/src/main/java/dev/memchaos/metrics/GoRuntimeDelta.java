package dev.memchaos.metrics;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The Go runtime's activity over a window: GC pauses (seconds), GC cycles, heap bytes and
 * objects allocated; and the heap in use at its end.
 */
public record GoRuntimeDelta(Optional<Histogram> gcPausesSeconds, OptionalDouble gcCycles,
                             OptionalDouble heapAllocBytes, OptionalDouble heapAllocObjects, OptionalDouble heapInUseAtEnd) {

    public static final GoRuntimeDelta UNKNOWN = new GoRuntimeDelta(Optional.empty(), OptionalDouble.empty(),
            OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
}
