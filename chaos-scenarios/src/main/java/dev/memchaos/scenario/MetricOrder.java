package dev.memchaos.scenario;

import dev.memchaos.scenario.Metric.Named;
import dev.memchaos.scenario.Metric.Percentile;

/**
 * What is known about two metrics of the same variant before anything is measured: a lower percentile is never above
 * a higher one nor above the slowest response, the 99th percentile of GC pauses never above the longest, the failed
 * requests never more than the requests. A threshold that only restates one of these can never fail.
 */
final class MetricOrder {

    private MetricOrder() {
    }

    /** Whether {@code a} is at most {@code b} in every run, for one variant. */
    static boolean atMost(Metric a, Metric b) {
        if (a.equals(b)) {
            return true;
        }
        if (a instanceof Percentile low) {
            return b == Named.LATENCY_MAX || b instanceof Percentile high && low.p() <= high.p();
        }
        return a == Named.GC_PAUSE_P99 && b == Named.GC_PAUSE_MAX || a == Named.ERRORS && b == Named.REQUESTS;
    }
}
