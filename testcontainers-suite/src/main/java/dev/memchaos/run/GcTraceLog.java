package dev.memchaos.run;

import dev.memchaos.backend.Target;
import dev.memchaos.backend.TargetLog;
import dev.memchaos.metrics.GcTrace;
import java.time.Instant;
import java.util.Optional;

/** The gctrace lines of one target, read from its log (since it was deployed) whenever asked. */
final class GcTraceLog {

    private final Target target;
    private final Instant since;

    GcTraceLog(Target target, Instant since) {
        this.target = target;
        this.since = since;
    }

    /** Every GC cycle the target's runtime has traced so far; empty where its backend cannot read the log. */
    Optional<GcTrace> read() {
        if (!(target instanceof TargetLog log)) {
            return Optional.empty();
        }
        GcTrace trace = new GcTrace();
        log.readLog(since, trace);
        return Optional.of(trace);
    }
}
