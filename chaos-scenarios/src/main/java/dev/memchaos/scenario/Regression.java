package dev.memchaos.scenario;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A scenario's {@code regression} section: how far each named metric may get worse than in a baseline run, in the
 * order written. Empty when the scenario has no such section; then a comparison with a baseline checks nothing.
 */
public record Regression(List<Tolerance> tolerances) {

    public Regression {
        tolerances = List.copyOf(tolerances);
        long distinct = tolerances.stream().map(Tolerance::metric).distinct().count();
        if (distinct != tolerances.size()) {
            throw new IllegalArgumentException("a metric can have only one tolerance, got " + tolerances);
        }
    }

    public static Regression none() {
        return new Regression(List.of());
    }

    public static Regression of(Tolerance... tolerances) {
        return new Regression(Arrays.asList(tolerances));
    }

    public boolean isEmpty() {
        return tolerances.isEmpty();
    }

    public Optional<Tolerance> tolerance(Metric metric) {
        return tolerances.stream().filter(t -> t.metric().equals(metric)).findFirst();
    }

    /** Compares the current run with the baseline run {@code baselineRunId}; see {@link RegressionGate}. */
    public List<Check> compare(Measurements current, Measurements baseline, String baselineRunId) {
        return RegressionGate.compare(this, current, baseline, baselineRunId);
    }
}
