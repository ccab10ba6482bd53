package dev.memchaos.scenario;

import dev.memchaos.scenario.FaultReader.Placed;
import dev.memchaos.scenario.FaultSpec.Kill;
import dev.memchaos.scenario.FaultSpec.MemoryLimit;
import dev.memchaos.scenario.FaultSpec.MemoryPressure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Checks the faults as a timeline: within the load, one type never overlapping itself, memory under every limit. */
final class FaultChecks {

    /** The memory limit a variant runs with: its own, or the target's. */
    record Limit(String variant, ByteSize limit) {
    }

    private FaultChecks() {
    }

    /** {@code loadEnd} and {@code limits} are what could be read; a check without them is skipped. */
    static void check(List<Placed> faults, Optional<Duration> loadEnd, List<Limit> limits, Problems problems) {
        Optional<Limit> lowest = limits.stream().min(Comparator.comparingLong(l -> l.limit().bytes()));
        for (int i = 0; i < faults.size(); i++) {
            Placed placed = faults.get(i);
            loadEnd.ifPresent(end -> afterLoad(placed, end, problems));
            overlapped(faults, i, problems);
            lowest.ifPresent(limit -> memory(placed, limit, problems));
        }
    }

    private static void afterLoad(Placed placed, Duration loadEnd, Problems problems) {
        FaultSpec fault = placed.fault();
        if (fault.end().compareTo(loadEnd) > 0) {
            String when = fault instanceof Kill ? "happens at " : "ends at ";
            problems.add(placed.path(), when + DurationText.format(fault.end()) + ", after the load ends at "
                    + DurationText.format(loadEnd));
        }
    }

    private static void overlapped(List<Placed> faults, int index, Problems problems) {
        FaultSpec fault = faults.get(index).fault();
        for (int earlier = 0; earlier < index; earlier++) {
            Placed other = faults.get(earlier);
            if (other.fault().type().equals(fault.type()) && overlap(other.fault(), fault)) {
                problems.add(faults.get(index).path(), "overlaps " + other.path() + " (" + span(other.fault())
                        + "); faults of one type must not overlap");
                return;
            }
        }
    }

    /** Whether two faults are in effect at the same time; one ending as the other starts is no overlap. */
    static boolean overlap(FaultSpec a, FaultSpec b) {
        return a.at().equals(b.at()) || (a.at().compareTo(b.end()) < 0 && b.at().compareTo(a.end()) < 0);
    }

    private static String span(FaultSpec fault) {
        return fault.duration().isZero() ? fault.type() + " at " + DurationText.format(fault.at())
                : fault.type() + " from " + DurationText.format(fault.at()) + " to " + DurationText.format(fault.end());
    }

    private static void memory(Placed placed, Limit lowest, Problems problems) {
        String under = "variant \"" + lowest.variant() + "\"'s " + lowest.limit().exact() + " limit";
        if (placed.fault() instanceof MemoryPressure pressure && pressure.size().bytes() >= lowest.limit().bytes()) {
            problems.add(placed.path().child("size"), pressure.size().exact() + " of pressure cannot fit under "
                    + under + "; use less than " + lowest.limit().exact());
        }
        if (placed.fault() instanceof MemoryLimit lowered && lowered.limit().isPresent()
                && lowered.limit().get().bytes() >= lowest.limit().bytes()) {
            problems.add(placed.path().child("limit"), lowered.limit().get().exact() + " does not lower " + under
                    + "; use less than " + lowest.limit().exact() + ", or a fraction of each variant's limit"
                    + " like 0.5");
        }
        if (placed.fault() instanceof MemoryLimit lowered && lowered.fraction().isPresent()) {
            fraction(placed, lowered.fraction().getAsDouble(), lowest, problems);
        }
    }

    /** A fraction of the lowest limit must still leave Docker's least memory, as every variant gets that share. */
    private static void fraction(Placed placed, double fraction, Limit lowest, Problems problems) {
        ByteSize least = ByteSize.MIN_CONTAINER_MEMORY;
        MemoryLimit lowered = (MemoryLimit) placed.fault();
        long bytes = lowered.limitBytesFor(lowest.limit().bytes());
        if (bytes >= least.bytes()) {
            return;
        }
        String of = NumberText.exact(fraction) + " of variant \"" + lowest.variant() + "\"'s " + lowest.limit().exact()
                + " limit is " + ByteSize.format(bytes) + ", below " + least.exact()
                + ", the least memory Docker gives a container; ";
        BigDecimal needed = BigDecimal.valueOf(least.bytes())
                .divide(BigDecimal.valueOf(lowest.limit().bytes()), 3, RoundingMode.CEILING);
        problems.add(placed.path().child("fraction"), of + (needed.compareTo(BigDecimal.ONE) < 0
                ? "use a fraction of at least " + needed.stripTrailingZeros().toPlainString()
                : "that limit cannot be lowered; give the variant more memory, or remove the fault"));
    }
}
