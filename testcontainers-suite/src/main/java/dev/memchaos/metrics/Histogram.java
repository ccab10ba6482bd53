package dev.memchaos.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A Prometheus histogram as cumulative bucket counts by upper bound. Deltas between two
 * scrapes give what happened in between; quantiles interpolate inside a bucket the way
 * PromQL's {@code histogram_quantile} does.
 */
public record Histogram(TreeMap<Double, Double> cumulativeByUpperBound, double count, double sum) {

    public static final Histogram EMPTY = new Histogram(new TreeMap<>(), 0, 0);

    public Histogram {
        cumulativeByUpperBound = new TreeMap<>(cumulativeByUpperBound);
    }

    /** The histogram {@code name} (without _bucket/_count/_sum), or empty if the samples lack it. */
    public static Optional<Histogram> from(List<Sample> samples, String name) {
        TreeMap<Double, Double> buckets = new TreeMap<>();
        double count = Double.NaN;
        double sum = 0;
        for (Sample s : samples) {
            if (s.name().equals(name + "_bucket") && s.labels().containsKey("le")) {
                buckets.merge(Double.parseDouble(s.labels().get("le").replace("+Inf", "Infinity")), s.value(), Double::sum);
            } else if (s.name().equals(name + "_count")) {
                count = s.value();
            } else if (s.name().equals(name + "_sum")) {
                sum = s.value();
            }
        }
        if (buckets.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Histogram(buckets, Double.isNaN(count) ? buckets.lastEntry().getValue() : count, sum));
    }

    /** What was observed between {@code earlier} and this scrape. */
    public Histogram minus(Histogram earlier) {
        TreeMap<Double, Double> delta = new TreeMap<>();
        cumulativeByUpperBound.forEach((le, c) ->
                delta.put(le, Math.max(0, c - earlier.cumulativeByUpperBound.getOrDefault(le, 0.0))));
        return new Histogram(delta, Math.max(0, count - earlier.count), Math.max(0, sum - earlier.sum));
    }

    /** The q-quantile (0..1), interpolated linearly inside its bucket; NaN when nothing was observed. */
    public double quantile(double q) {
        if (count <= 0) {
            return Double.NaN;
        }
        double rank = q * count;
        double lowerBound = 0;
        double lowerCount = 0;
        for (Map.Entry<Double, Double> bucket : cumulativeByUpperBound.entrySet()) {
            double upper = bucket.getKey();
            double cumulative = bucket.getValue();
            if (cumulative >= rank) {
                if (Double.isInfinite(upper)) {
                    return lowerBound;
                }
                double inBucket = cumulative - lowerCount;
                return inBucket <= 0 ? upper : lowerBound + (upper - lowerBound) * (rank - lowerCount) / inBucket;
            }
            lowerBound = upper;
            lowerCount = cumulative;
        }
        return lowerBound;
    }

    /** The upper bound of the highest bucket that holds an observation (the finite bound below +Inf if only +Inf does). */
    public double maxUpperBound() {
        List<Map.Entry<Double, Double>> entries = new ArrayList<>(cumulativeByUpperBound.entrySet());
        Collections.reverse(entries);
        for (int i = 0; i < entries.size(); i++) {
            double below = i + 1 < entries.size() ? entries.get(i + 1).getValue() : 0;
            if (entries.get(i).getValue() - below > 0) {
                double upper = entries.get(i).getKey();
                return Double.isInfinite(upper) && i + 1 < entries.size() ? entries.get(i + 1).getKey() : upper;
            }
        }
        return Double.NaN;
    }
}
