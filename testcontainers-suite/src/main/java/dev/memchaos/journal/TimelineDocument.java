package dev.memchaos.journal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.memchaos.chaos.FaultRecord;
import dev.memchaos.simulations.PerSecond;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code timeline.json}: per variant, every probe's series ({@code [seconds, value]} points), latency per
 * second, the faults as they happened and the OOM kills, in seconds from the start of that variant's load.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TimelineDocument(String runId, String clock, List<VariantTimelineDocument> variants) {

    public static final String CLOCK = "seconds from the start of each variant's load (negative: before it)";

    /** A timestamp of the journal ({@code loadStartedAt}, {@code startedAt}) in epoch milliseconds; 0 when absent or unreadable. */
    public static long epochMillis(String instant) {
        try {
            return Instant.parse(instant).toEpochMilli();
        } catch (RuntimeException e) {
            return 0;
        }
    }

    public TimelineDocument {
        variants = variants == null ? List.of() : List.copyOf(variants);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record VariantTimelineDocument(String name, String loadStartedAt, Map<String, List<double[]>> series,
                                          List<PerSecond.Bucket> latencyPerSecond, List<FaultRecord> chaos,
                                          List<Double> oomKillsS) {

        public VariantTimelineDocument {
            series = series == null ? Map.of() : series;
            latencyPerSecond = latencyPerSecond == null ? List.of() : latencyPerSecond;
            chaos = chaos == null ? List.of() : chaos;
            oomKillsS = oomKillsS == null ? List.of() : oomKillsS;
        }
    }
}
