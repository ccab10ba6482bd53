package dev.memchaos.diagnostics;

import java.time.Duration;
import java.time.Instant;

/**
 * Decides when to take a heap profile "near the peak" of a target's memory, from the memory
 * samples the memory probe sees (about one a second). {@link #offer} answers true, and counts
 * the profile as taken, only when all of these hold:
 * <ol>
 *   <li>the limit is known (above 0) and usage is at least {@value #START_PERCENT}% of it;</li>
 *   <li>usage is above the highest usage at which a profile was already taken by at least
 *       {@value #STEP_PERCENT}% of the limit (the first profile needs only rule 1);</li>
 *   <li>at least {@link #MIN_INTERVAL} has passed since the last profile was taken.</li>
 * </ol>
 * So profiles are taken only while memory climbs to new heights, at most one per
 * {@value #STEP_PERCENT}% of the limit and one per two seconds, and the last one taken is the
 * one nearest the peak (to within {@value #STEP_PERCENT}% of the limit, or what grew in the last
 * two seconds). Percentages are of the limit in the same sample, so a limit lowered during the
 * run (a memory squeeze) is followed. A profile that the caller then fails to capture still
 * counts as taken: a target without pprof is asked again only at a new height.
 * <p>
 * Pure logic with no clock of its own (the sample's instant is the time); thread-safe.
 */
public final class PeakProfileTrigger {

    public static final int START_PERCENT = 70;
    public static final int STEP_PERCENT = 5;
    public static final Duration MIN_INTERVAL = Duration.ofSeconds(2);

    private long highestTakenUsage = -1;
    private Instant lastTakenAt;

    /** Whether to take a profile now, for a sample of {@code usageBytes} against {@code limitBytes} at {@code at}. */
    public synchronized boolean offer(long usageBytes, long limitBytes, Instant at) {
        // in double: a cgroup without a limit reports one near Long.MAX_VALUE
        double percentOfLimit = limitBytes / 100.0;
        if (limitBytes <= 0 || usageBytes < START_PERCENT * percentOfLimit) {
            return false;
        }
        if (highestTakenUsage >= 0 && usageBytes - highestTakenUsage < STEP_PERCENT * percentOfLimit) {
            return false;
        }
        if (lastTakenAt != null && at.isBefore(lastTakenAt.plus(MIN_INTERVAL))) {
            return false;
        }
        highestTakenUsage = usageBytes;
        lastTakenAt = at;
        return true;
    }
}
