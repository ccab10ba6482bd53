package dev.memchaos.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Time series of one variant's run, sampled by probes. Samples keep their wall-clock
 * time; they are reported in seconds from the start of the load (negative before it),
 * the same clock the chaos timeline uses.
 */
public final class Timeline {

    private final Map<String, ConcurrentLinkedQueue<double[]>> values = new ConcurrentHashMap<>();

    public void record(String name, double value) {
        record(name, System.currentTimeMillis(), value);
    }

    /** A sample taken at another time than now (e.g. a log line's own timestamp). */
    public void record(String name, long epochMillis, double value) {
        values.computeIfAbsent(name, n -> new ConcurrentLinkedQueue<>()).add(new double[] {epochMillis, value});
    }

    /** Every series as {@code [seconds from load start, value]} pairs, in time order. */
    public Map<String, List<double[]>> relativeTo(long loadStartEpochMillis) {
        Map<String, List<double[]>> out = new TreeMap<>();
        values.forEach((name, samples) -> {
            List<double[]> points = new ArrayList<>();
            for (double[] s : samples) {
                points.add(new double[] {Math.round(s[0] - loadStartEpochMillis) / 1000.0, s[1]});
            }
            points.sort((a, b) -> Double.compare(a[0], b[0]));
            out.put(name, points);
        });
        return out;
    }
}
