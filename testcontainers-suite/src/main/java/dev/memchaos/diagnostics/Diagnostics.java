package dev.memchaos.diagnostics;

/**
 * What was archived for one variant under {@code diagnostics/}, for {@code summary.json}.
 * Paths are relative to the run's folder ({@code results/<run-id>/}) and open with
 * {@code go tool pprof <file>}; null where nothing was captured.
 *
 * @param heapProfileAtEnd    heap profile taken when the load ended (no GC forced first)
 * @param heapProfileNearPeak the last heap profile {@link PeakProfileTrigger} asked for during
 *                            the load, the one nearest the memory peak; null if memory never
 *                            reached {@value PeakProfileTrigger#START_PERCENT}% of the limit
 * @param goBuild             how the target was built, as far as it says; never null
 *                            ({@link GoBuild#UNKNOWN})
 */
public record Diagnostics(String heapProfileAtEnd, PeakHeapProfile heapProfileNearPeak, GoBuild goBuild) {

    public static final Diagnostics NONE = new Diagnostics(null, null, GoBuild.UNKNOWN);

    public Diagnostics {
        goBuild = goBuild == null ? GoBuild.UNKNOWN : goBuild;
    }

    /**
     * A heap profile taken near the memory peak.
     *
     * @param file       relative to the run's folder
     * @param usageBytes the memory usage of the sample that triggered it
     * @param limitBytes the memory limit in that sample
     * @param atS        seconds from the start of the load to that sample
     */
    public record PeakHeapProfile(String file, long usageBytes, long limitBytes, double atS) {
    }
}
