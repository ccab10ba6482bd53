package dev.memchaos.metrics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.BiConsumer;

/**
 * The gctrace cycles of one target, each with the time its line was logged. Collected as lines are read, so only
 * the cycles are kept, never the log; past {@link #MAX_CYCLES} the oldest half is dropped and {@link #truncated()} says so.
 */
public final class GcTrace implements BiConsumer<Instant, String> {

    /** The environment variable and setting that make the Go runtime print one line per GC cycle to stderr. */
    public static final String GODEBUG = "GODEBUG";
    static final String SETTING = "gctrace=1";
    static final int MAX_CYCLES = 200_000;

    private final List<Cycle> cycles = new ArrayList<>();
    private boolean truncated;

    /** One cycle and when the runtime (Docker, the kubelet) logged its line. */
    public record Cycle(Instant at, GcTraceLine line) {
    }

    /**
     * The target's environment with gctrace turned on: {@code gctrace=1} is appended to a GODEBUG already there
     * (from the scenario or the image), and a GODEBUG that already sets gctrace is left as the user wrote it.
     */
    public static Map<String, String> enable(Map<String, String> env, String imageGodebug) {
        Map<String, String> out = new java.util.LinkedHashMap<>(env);
        String godebug = env.containsKey(GODEBUG) ? env.get(GODEBUG) : imageGodebug == null ? "" : imageGodebug;
        boolean setsGctrace = Arrays.stream(godebug.split(",")).anyMatch(s -> s.strip().startsWith("gctrace="));
        if (!setsGctrace) {
            out.put(GODEBUG, godebug.isBlank() ? SETTING : godebug + "," + SETTING);
        } else if (!env.containsKey(GODEBUG)) {
            out.put(GODEBUG, godebug);
        }
        return out;
    }

    @Override
    public synchronized void accept(Instant at, String line) {
        GcTraceLine.parse(line).ifPresent(parsed -> {
            if (cycles.size() >= MAX_CYCLES) {
                cycles.subList(0, MAX_CYCLES / 2).clear();
                truncated = true;
            }
            cycles.add(new Cycle(at, parsed));
        });
    }

    public synchronized List<Cycle> cycles() {
        return List.copyOf(cycles);
    }

    public synchronized boolean truncated() {
        return truncated;
    }

    public synchronized boolean isEmpty() {
        return cycles.isEmpty();
    }

    /** The cycles logged from {@code from} to {@code to}, both included. */
    public synchronized List<Cycle> within(Instant from, Instant to) {
        return cycles.stream().filter(c -> !c.at().isBefore(from) && !c.at().isAfter(to)).toList();
    }

    /**
     * The figures of these cycles: two pauses each, their 99th percentile by nearest rank (the smallest pause at
     * or above which 99% of them lie) and the longest, in seconds.
     */
    public static GcFigures figures(List<Cycle> window) {
        double[] pauses = new double[window.size() * GcFigures.PAUSES_PER_CYCLE];
        int i = 0;
        for (Cycle c : window) {
            pauses[i++] = c.line().sweepTerminationSeconds();
            pauses[i++] = c.line().markTerminationSeconds();
        }
        Arrays.sort(pauses);
        OptionalDouble p99 = pauses.length == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(pauses[(int) Math.ceil(0.99 * pauses.length) - 1]);
        OptionalDouble max = pauses.length == 0 ? OptionalDouble.empty() : OptionalDouble.of(pauses[pauses.length - 1]);
        return new GcFigures(GcSource.GCTRACE, pauses.length, p99, max, OptionalDouble.of(window.size()));
    }
}
