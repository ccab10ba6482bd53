package dev.memchaos.run;

import dev.memchaos.simulations.PerSecond;
import java.util.List;
import java.util.Map;

/** The time series of one variant, in seconds from the start of its load. */
public record VariantTimeline(Map<String, List<double[]>> series, List<PerSecond.Bucket> latencyPerSecond,
                              List<Double> oomKillsS) {

    public static final VariantTimeline EMPTY = new VariantTimeline(Map.of(), List.of(), List.of());
}
