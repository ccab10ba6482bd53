package dev.memchaos.run;

import dev.memchaos.metrics.GcTrace;
import dev.memchaos.probe.Timeline;

/** The heap series gctrace gives per cycle, added to the timeline at the time each line was logged. */
final class GcTraceSeries {

    /** The heap goal of the next cycle, bytes (gctrace's MB, 2^20 bytes, truncated). */
    static final String HEAP_GOAL = "gc.heapGoalBytes";
    /** The heap marked live by the cycle, bytes (gctrace's MB, truncated). */
    static final String HEAP_LIVE = "gc.heapLiveBytes";

    private GcTraceSeries() {
    }

    static void record(GcTrace trace, Timeline timeline) {
        for (GcTrace.Cycle cycle : trace.cycles()) {
            long at = cycle.at().toEpochMilli();
            timeline.record(HEAP_GOAL, at, cycle.line().goalBytes());
            timeline.record(HEAP_LIVE, at, cycle.line().liveBytes());
        }
    }
}
