package dev.memchaos.run;

import dev.memchaos.chaos.ChaosTimeline;
import java.util.concurrent.atomic.AtomicReference;

/** The chaos timeline in force, if any, so that an interrupt (Ctrl-C, SIGTERM) can revert its faults. */
final class ChaosRegistry {

    private final AtomicReference<ChaosTimeline> current = new AtomicReference<>();

    ChaosTimeline register(ChaosTimeline timeline) {
        current.set(timeline);
        return timeline;
    }

    void clear() {
        current.set(null);
    }

    void revertAll() {
        ChaosTimeline timeline = current.get();
        if (timeline != null) {
            timeline.revertAll();
        }
    }
}
