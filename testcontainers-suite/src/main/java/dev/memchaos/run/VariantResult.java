package dev.memchaos.run;

import dev.memchaos.chaos.FaultRecord;
import dev.memchaos.diagnostics.Diagnostics;
import dev.memchaos.journal.Summary;
import dev.memchaos.load.Responses;
import dev.memchaos.metrics.GoRuntimeDelta;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What was measured for one variant during its load window, and what happened around it. {@code loadStartedAt} is
 * the instant its faults, probe series and OOM kills count from: the start of its load.
 */
public record VariantResult(String variant, Responses responses, GoRuntimeDelta runtime,
                            long memoryLimitBytes, long memoryPeakBytes, List<Instant> oomKills,
                            Optional<Path> gatlingReport, Instant loadStartedAt, Instant loadEndedAt,
                            List<FaultRecord> chaos, Optional<HypothesisResult> hypothesisBefore,
                            Optional<HypothesisResult> hypothesisAfter, VariantTimeline timeline,
                            Summary.Image image, Diagnostics diagnostics) {

    public VariantResult {
        oomKills = List.copyOf(oomKills);
        chaos = List.copyOf(chaos);
    }

    /** A measurement on its own (a probe load): no chaos, no hypothesis, no timeline. */
    static VariantResult measured(String variant, LoadWindow window, long limitBytes, long peakBytes, List<Instant> ooms) {
        return new VariantResult(variant, window.responses(), window.runtime(), limitBytes, peakBytes, ooms,
                window.gatlingReport(), window.startedAt(), window.endedAt(), List.of(), Optional.empty(), Optional.empty(),
                VariantTimeline.EMPTY, null, null);
    }

    public long requests() {
        return responses.requests();
    }

    public long errors() {
        return responses.failed();
    }

    public boolean oomKilled() {
        return !oomKills.isEmpty();
    }
}
