package dev.memchaos.api;

import dev.memchaos.journal.Summary;
import dev.memchaos.scenario.Check;
import dev.memchaos.scenario.Metric;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * A finished run as a value: its journal ({@code summary.json}), every check of its verdict,
 * and the folder it is archived in (with {@code report.html}).
 */
public record RunResult(Summary summary, List<Check> checks, Path folder) {

    public RunResult {
        checks = List.copyOf(checks);
    }

    public String runId() {
        return summary.runId();
    }

    /** Whether every threshold (and regression tolerance) held. */
    public boolean passed() {
        return checks.stream().allMatch(Check::pass);
    }

    public List<Check> failures() {
        return checks.stream().filter(c -> !c.pass()).toList();
    }

    /**
     * One metric of one variant, by the name thresholds use ({@code p(99)}, {@code gcPause.p99},
     * {@code memory.peak}); empty when the run did not measure it. Times in ms, sizes in bytes.
     *
     * @throws IllegalArgumentException naming the known ones, for a metric or variant the run does not have
     */
    public OptionalDouble metric(String metric, String variant) {
        Metric known = Metric.byText(metric).orElseThrow(() -> new IllegalArgumentException(
                "there is no metric \"" + metric + "\"; the metrics are " + Metric.catalog().stream().map(Metric::text)
                        .collect(Collectors.joining(", "))));
        Summary.VariantSummary measured = summary.variant(variant).orElseThrow(() -> new IllegalArgumentException(
                "the run has no variant \"" + variant + "\"; its variants are "
                        + summary.variants().stream().map(Summary.VariantSummary::name).collect(Collectors.joining(", "))));
        return measured.value(known);
    }

    public Path report() {
        return folder.resolve("report.html");
    }

    /** The verdict in words: every failing check, measured value and why, then where the report is. */
    public String explanation() {
        String head = "scenario " + summary.scenario() + " (run " + runId() + ") "
                + (passed() ? "passed all " + checks.size() + " checks" : "failed " + failures().size() + " of " + checks.size() + " checks");
        String lines = failures().stream()
                .map(c -> "\n  ✗ " + c.name() + ": " + c.actual() + " — " + c.why())
                .collect(Collectors.joining());
        return head + lines + "\nreport: " + report().toUri();
    }
}
