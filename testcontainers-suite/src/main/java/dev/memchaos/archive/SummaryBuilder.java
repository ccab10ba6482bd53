package dev.memchaos.archive;

import dev.memchaos.run.HypothesisResult;
import dev.memchaos.run.ResultMeasurements;
import dev.memchaos.run.VariantResult;
import dev.memchaos.run.Verdict;
import dev.memchaos.scenario.Check;
import dev.memchaos.scenario.Metric;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Turns measured variants and their checks into the summary contract, reading values the way thresholds do. */
public final class SummaryBuilder {

    private SummaryBuilder() {
    }

    public static List<Summary.VariantSummary> variants(List<VariantResult> results, Verdict verdict, Path runDir) {
        ResultMeasurements m = new ResultMeasurements(results);
        return results.stream().map(r -> variant(r, m, verdict.forVariant(r.variant()), runDir)).toList();
    }

    private static Summary.VariantSummary variant(VariantResult r, ResultMeasurements m, List<Check> checks, Path runDir) {
        String v = r.variant();
        Double pauses = boxed(m.value(v, Metric.Named.GC_PAUSE_COUNT));
        return new Summary.VariantSummary(
                v, r.requests(), r.errors(),
                new Summary.LatencyMs(boxed(m.value(v, new Metric.Percentile(50))), boxed(m.value(v, new Metric.Percentile(95))),
                        boxed(m.value(v, new Metric.Percentile(99))), boxed(m.value(v, Metric.Named.LATENCY_MAX))),
                new Summary.GcPause(pauses == null ? null : Math.round(pauses),
                        boxed(m.value(v, Metric.Named.GC_PAUSE_P99)), boxed(m.value(v, Metric.Named.GC_PAUSE_MAX))),
                boxed(m.value(v, Metric.Named.GC_CYCLES)),
                boxed(m.value(v, Metric.Named.GC_CYCLES_PER_1K_REQUESTS)),
                boxed(m.value(v, Metric.Named.ALLOC_BYTES_PER_REQUEST)),
                boxed(m.value(v, Metric.Named.MALLOCS_PER_REQUEST)),
                new Summary.Memory(r.memoryLimitBytes(), r.memoryPeakBytes() > 0 ? r.memoryPeakBytes() : null),
                r.oomKilled(),
                checks(checks),
                checks.stream().allMatch(Check::pass) ? "pass" : "fail",
                r.gatlingReport().map(p -> runDir.relativize(p.toAbsolutePath()).toString()).orElse(null),
                r.chaos().stream().map(f -> new Summary.ChaosSummary(f.type(), f.startS(), f.endS(), f.params(), f.observed(), f.error())).toList(),
                r.hypothesisBefore().isEmpty() && r.hypothesisAfter().isEmpty() ? null
                        : new Summary.HypothesisSummary(hypothesis(r.hypothesisBefore()), hypothesis(r.hypothesisAfter())));
    }

    private static List<Summary.CheckSummary> checks(List<Check> checks) {
        return checks.stream().map(c -> new Summary.CheckSummary(c.name(), c.threshold(), c.actual(), c.pass(), c.why())).toList();
    }

    private static Summary.HypothesisCheck hypothesis(Optional<HypothesisResult> result) {
        return result.map(h -> new Summary.HypothesisCheck(h.pass(), checks(h.checks()))).orElse(null);
    }

    private static Double boxed(OptionalDouble value) {
        return value.isPresent() ? round(value.getAsDouble()) : null;
    }

    private static double round(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }
}
