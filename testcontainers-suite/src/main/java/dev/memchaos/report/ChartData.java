package dev.memchaos.report;

import dev.memchaos.chaos.FaultRecord;
import dev.memchaos.journal.TimelineDocument;
import dev.memchaos.journal.TimelineDocument.VariantTimelineDocument;
import dev.memchaos.simulations.PerSecond;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The series a report draws, per variant, on one time axis (seconds from the start of the
 * variant's load): latency p50/p99 and errors per second, memory against the limit, heap in
 * use, GC pause time and cycles per second (from the cumulative counters, a restarted
 * process's reset is a gap, not a negative rate), requests in flight; with the faults'
 * windows, OOM kills and restarts as marks.
 */
record ChartData(List<VariantSeries> variants) {

    private static final double MIB = 1024.0 * 1024.0;

    record VariantSeries(String name, List<Double[]> latencyP50Ms, List<Double[]> latencyP99Ms, List<Double[]> errorsPerS,
                         List<Double[]> memoryMiB, List<Double[]> limitMiB, List<Double[]> heapInUseMiB,
                         List<Double[]> gcPauseMsPerS, List<Double[]> gcCyclesPerS, List<Double[]> inFlight,
                         List<Window> faults, List<Double> oomKillsS, List<Double> restartsS) {
    }

    /** A fault's window: what it was, from when to when (seconds from the load's start), and whether it failed. */
    record Window(String label, double startS, double endS, String error) {
    }

    static ChartData of(TimelineDocument timeline) {
        List<VariantSeries> variants = new ArrayList<>();
        for (VariantTimelineDocument v : timeline.variants()) {
            variants.add(variant(v));
        }
        return new ChartData(variants);
    }

    private static VariantSeries variant(VariantTimelineDocument v) {
        long loadStartMs = TimelineDocument.epochMillis(v.loadStartedAt());
        List<Double[]> p50 = new ArrayList<>();
        List<Double[]> p99 = new ArrayList<>();
        List<Double[]> errors = new ArrayList<>();
        for (PerSecond.Bucket b : v.latencyPerSecond()) {
            double t = round((b.epochSecond() * 1000.0 - loadStartMs) / 1000.0);
            if (b.ok() + b.failed() > 0) {
                p50.add(new Double[] {t, b.p50Ms()});
                p99.add(new Double[] {t, b.p99Ms()});
            }
            errors.add(new Double[] {t, (double) b.failed()});
        }
        Map<String, List<double[]>> s = v.series();
        List<Window> faults = new ArrayList<>();
        List<Double> restarts = new ArrayList<>();
        for (FaultRecord f : v.chaos()) {
            if (f.startS() == null) {
                continue;
            }
            double end = f.endS() != null ? f.endS() : f.startS();
            faults.add(new Window(f.description() != null ? f.description() : f.type(), f.startS(), end, f.error()));
            Object recovery = f.observed().get("recoveryS");
            if (recovery instanceof Number n) {
                restarts.add(round(f.startS() + n.doubleValue()));
            }
        }
        return new VariantSeries(v.name(), p50, p99, errors,
                scaled(s.get("memory.usageBytes"), 1 / MIB), scaled(s.get("memory.limitBytes"), 1 / MIB),
                scaled(s.get("heap.inUseBytes"), 1 / MIB),
                rate(s.get("gc.pauseSecondsTotal"), 1000), rate(s.get("gc.cycles"), 1),
                scaled(s.get("requests.inFlight"), 1), faults, v.oomKillsS(), restarts);
    }

    private static List<Double[]> scaled(List<double[]> points, double factor) {
        List<Double[]> out = new ArrayList<>();
        if (points != null) {
            for (double[] p : points) {
                out.add(new Double[] {round(p[0]), round(p[1] * factor)});
            }
        }
        return out;
    }

    /** Per-second rate of a cumulative counter; a drop (the process restarted) leaves a gap. */
    private static List<Double[]> rate(List<double[]> points, double factor) {
        List<Double[]> out = new ArrayList<>();
        if (points == null) {
            return out;
        }
        for (int i = 1; i < points.size(); i++) {
            double[] a = points.get(i - 1);
            double[] b = points.get(i);
            double dt = b[0] - a[0];
            double dv = b[1] - a[1];
            if (dt <= 0) {
                continue;
            }
            out.add(new Double[] {round(b[0]), dv < 0 ? null : round(dv / dt * factor)});
        }
        return out;
    }

    private static double round(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }
}
