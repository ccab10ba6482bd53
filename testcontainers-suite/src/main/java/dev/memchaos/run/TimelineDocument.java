package dev.memchaos.run;

import dev.memchaos.chaos.FaultRecord;
import dev.memchaos.simulations.PerSecond;
import java.util.List;
import java.util.Map;

/** {@code timeline.json}: per variant, every probe's series, latency per second, the faults as they happened, OOM kills. */
public record TimelineDocument(String runId, String clock, List<VariantTimelineDocument> variants) {

    public record VariantTimelineDocument(String name, String loadStartedAt, Map<String, List<double[]>> series,
                                          List<PerSecond.Bucket> latencyPerSecond, List<FaultRecord> chaos,
                                          List<Double> oomKillsS) {
    }

    static TimelineDocument of(RunId runId, List<VariantResult> results) {
        return new TimelineDocument(runId.value(), "seconds from the start of each variant's load (negative: before it)",
                results.stream().map(r -> new VariantTimelineDocument(r.variant(), r.loadStartedAt().toString(),
                        r.timeline().series(), r.timeline().latencyPerSecond(), r.chaos(), r.timeline().oomKillsS())).toList());
    }
}
