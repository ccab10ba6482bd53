package dev.memchaos.run;

import dev.memchaos.journal.RunId;
import dev.memchaos.journal.Summary;
import dev.memchaos.journal.TimelineDocument;
import dev.memchaos.scenario.Check;
import dev.memchaos.scenario.Metric;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What the run writes into its journal: every measured variant with each metric of the
 * catalog (read the way thresholds read it), its checks, faults and steady state; and the
 * time series. The runner's own types stop here: readers of the journal only see these values.
 */
public final class RunJournal {

    private RunJournal() {
    }

    public static List<Summary.VariantSummary> variants(List<VariantResult> results, Verdict verdict, Path runDir) {
        ResultMeasurements m = new ResultMeasurements(results);
        return results.stream().map(r -> variant(r, m, verdict.forVariant(r.variant()), runDir)).toList();
    }

    /** Every metric of the catalog for one variant, by its name; null where not measured. */
    public static Map<String, Double> metrics(ResultMeasurements m, String variant) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (Metric metric : Metric.catalog()) {
            metrics.put(metric.text(), boxed(m.value(variant, metric)));
        }
        return metrics;
    }

    public static TimelineDocument timeline(RunId runId, List<VariantResult> results) {
        return new TimelineDocument(runId.value(), TimelineDocument.CLOCK,
                results.stream().map(r -> new TimelineDocument.VariantTimelineDocument(r.variant(), r.loadStartedAt().toString(),
                        r.timeline().series(), r.timeline().latencyPerSecond(), r.chaos(), r.timeline().oomKillsS())).toList());
    }

    private static Summary.VariantSummary variant(VariantResult r, ResultMeasurements m, List<Check> checks, Path runDir) {
        return new Summary.VariantSummary(
                r.variant(),
                checks.stream().allMatch(Check::pass) ? "pass" : "fail",
                r.image(),
                metrics(m, r.variant()),
                checks(checks),
                r.chaos().stream().map(f -> new Summary.ChaosSummary(f.type(), f.startS(), f.endS(), f.params(), f.observed(), f.error())).toList(),
                r.hypothesisBefore().isEmpty() && r.hypothesisAfter().isEmpty() ? null
                        : new Summary.HypothesisSummary(hypothesis(r.hypothesisBefore()), hypothesis(r.hypothesisAfter())),
                r.gatlingReport().map(p -> runDir.relativize(p.toAbsolutePath()).toString()).orElse(null),
                r.diagnostics(),
                r.runtime().gc().map(gc -> gc.source().label()).orElse(null),
                gcSources(r));
    }

    /** The GC metrics as each source that saw the load gave them, by the source's label, in order of preference. */
    static Map<String, Map<String, Double>> gcSources(VariantResult r) {
        Map<String, Map<String, Double>> sources = new LinkedHashMap<>();
        r.runtime().gcBySource().forEach((source, gc) -> {
            Map<String, Double> figures = new LinkedHashMap<>();
            figures.put(Metric.Named.GC_PAUSE_COUNT.text(), boxed(OptionalDouble.of(gc.pauses())));
            figures.put(Metric.Named.GC_PAUSE_P99.text(), boxed(ms(gc.p99Seconds())));
            figures.put(Metric.Named.GC_PAUSE_MAX.text(), boxed(ms(gc.maxSeconds())));
            figures.put(Metric.Named.GC_CYCLES.text(), boxed(gc.cycles()));
            sources.put(source.label(), figures);
        });
        return sources;
    }

    private static OptionalDouble ms(OptionalDouble seconds) {
        return seconds.isPresent() ? OptionalDouble.of(seconds.getAsDouble() * 1000) : seconds;
    }

    static List<Summary.CheckSummary> checks(List<Check> checks) {
        return checks.stream().map(c -> new Summary.CheckSummary(c.name(), c.threshold(), c.actual(), c.pass(), c.why())).toList();
    }

    private static Summary.HypothesisCheck hypothesis(Optional<HypothesisResult> result) {
        return result.map(h -> new Summary.HypothesisCheck(h.pass(), checks(h.checks()))).orElse(null);
    }

    private static Double boxed(OptionalDouble value) {
        if (value.isEmpty() || Double.isNaN(value.getAsDouble()) || Double.isInfinite(value.getAsDouble())) {
            return null;
        }
        return Math.round(value.getAsDouble() * 1000.0) / 1000.0;
    }
}
