package dev.memchaos.cli;

import dev.memchaos.journal.Summary;
import dev.memchaos.journal.Summary.VariantSummary;
import dev.memchaos.scenario.Metric;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;

/** The short table a person reads after a run, and where the reports are. */
final class ResultTable {

    private ResultTable() {
    }

    /** Every metric of the catalog (a row each) for every variant (a column each), then the checks, faults and files. */
    static String render(Summary summary, Path archiveDir) {
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("metric"));
        summary.variants().forEach(v -> header.add(v.name()));
        boolean compared = summary.baseline() != null && summary.baseline().runId() != null;
        rows.add(header.toArray(String[]::new));
        for (Metric metric : Metric.catalog()) {
            if (metric == Metric.Named.GC_PAUSE_COUNT) {
                rows.add(gcSourceRow(summary));
            }
            List<String> row = new ArrayList<>(List.of(metric.text()));
            for (VariantSummary v : summary.variants()) {
                OptionalDouble value = v.value(metric);
                row.add(value.isPresent() ? metric.kind().format(value.getAsDouble()) : "n/a");
            }
            rows.add(row.toArray(String[]::new));
        }
        StringBuilder out = new StringBuilder();
        out.append(summary.scenario()).append(" on ").append(summary.backend()).append(" (run ").append(summary.runId()).append(")");
        if (summary.replayOf() != null) {
            out.append(", a replay of run ").append(summary.replayOf());
        }
        if (compared) {
            out.append(", compared with run ").append(summary.baseline().runId());
        }
        out.append("\n\n");
        int[] widths = widths(rows);
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                out.append(i == 0 ? String.format("%-" + widths[i] + "s", row[i]) : String.format("  %" + widths[i] + "s", row[i]));
            }
            out.append('\n');
        }
        if (summary.baseline() != null && summary.baseline().note() != null) {
            out.append("\n  baseline: ").append(summary.baseline().note()).append('\n');
        }
        out.append('\n');
        Set<String> shown = new HashSet<>();
        for (VariantSummary v : summary.variants()) {
            for (Summary.CheckSummary c : v.checks()) {
                if (shown.add(c.name())) {
                    out.append(c.pass() ? "  ✓ " : "  ✗ ").append(c.name()).append(": ").append(c.actual());
                    out.append(c.pass() ? "" : " — " + c.why()).append('\n');
                }
            }
        }
        for (VariantSummary v : summary.variants()) {
            if (v.hypothesis() != null) {
                out.append("  steady state [").append(v.name()).append("]: before ").append(holds(v.hypothesis().before()))
                        .append(", after ").append(holds(v.hypothesis().after())).append('\n');
            }
            for (Summary.ChaosSummary f : v.chaos()) {
                out.append("  chaos [").append(v.name()).append("]: ").append(f.type()).append(' ').append(f.params())
                        .append(" from ").append(seconds(f.startS())).append(" to ").append(seconds(f.endS()))
                        .append(f.observed().isEmpty() ? "" : " " + f.observed())
                        .append(f.error() == null ? "" : " — not applied: " + f.error()).append('\n');
            }
        }
        out.append("\nverdict: ").append(summary.verdict() == null ? summary.status() : summary.verdict().toUpperCase(Locale.ROOT)).append('\n');
        out.append("report:  ").append(archiveDir.resolve("report.html")).append('\n');
        out.append("summary: ").append(archiveDir.resolve("summary.json")).append('\n');
        for (VariantSummary v : summary.variants()) {
            if (v.gatlingReport() != null) {
                out.append("Gatling report (").append(v.name()).append("): ").append(archiveDir.resolve(v.gatlingReport())).append('\n');
            }
        }
        return out.toString();
    }

    /** Where each variant's GC figures (the rows below it) came from. */
    private static String[] gcSourceRow(Summary summary) {
        List<String> row = new ArrayList<>(List.of("GC figures from"));
        summary.variants().forEach(v -> row.add(v.gcSource() == null ? "n/a" : v.gcSource()));
        return row.toArray(String[]::new);
    }

    private static String holds(Summary.HypothesisCheck check) {
        return check == null ? "not checked" : check.pass() ? "holds" : "does not hold";
    }

    private static String seconds(Double s) {
        return s == null ? "?" : String.format(Locale.ROOT, "%.1fs", s);
    }

    private static int[] widths(List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        return widths;
    }
}
