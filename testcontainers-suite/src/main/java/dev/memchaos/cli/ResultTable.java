package dev.memchaos.cli;

import dev.memchaos.archive.Summary;
import dev.memchaos.archive.Summary.VariantSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The short table a person reads after a run, and where the reports are. */
final class ResultTable {

    private static final String[] HEADER = {"variant", "requests", "p99 latency", "GC pause p99", "GC cycles/1k req",
        "heap B/req", "objects/req", "peak mem / limit", "OOM-killed"};

    private ResultTable() {
    }

    static String render(Summary summary, Path archiveDir) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (VariantSummary v : summary.variants()) {
            rows.add(new String[] {
                v.name(),
                Long.toString(v.requests()) + (v.errors() > 0 ? " (" + v.errors() + " err)" : ""),
                ms(v.latencyMs().p99()),
                ms(v.gcPause().p99Ms()),
                num(v.gcCyclesPer1kRequests(), "%.1f"),
                v.allocBytesPerRequest() == null ? "n/a" : bytes(v.allocBytesPerRequest()),
                num(v.mallocsPerRequest(), "%.0f"),
                (v.memory().peakBytes() == null ? "n/a" : bytes(v.memory().peakBytes())) + " / " + bytes(v.memory().limitBytes()),
                v.oomKilled() ? "yes" : "no",
            });
        }
        StringBuilder out = new StringBuilder();
        out.append(summary.scenario()).append(" on ").append(summary.backend()).append(" (run ").append(summary.runId()).append(")\n\n");
        int[] widths = widths(rows);
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                out.append(i == 0 ? String.format("%-" + widths[i] + "s", row[i]) : String.format("  %" + widths[i] + "s", row[i]));
            }
            out.append('\n');
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
        out.append("summary: ").append(archiveDir.resolve("summary.json")).append('\n');
        for (VariantSummary v : summary.variants()) {
            if (v.gatlingReport() != null) {
                out.append("Gatling report (").append(v.name()).append("): ").append(archiveDir.resolve(v.gatlingReport())).append('\n');
            }
        }
        return out.toString();
    }

    private static String holds(Summary.HypothesisCheck check) {
        return check == null ? "not checked" : check.pass() ? "holds" : "does not hold";
    }

    private static String seconds(Double s) {
        return s == null ? "?" : String.format(Locale.ROOT, "%.1fs", s);
    }

    private static int[] widths(List<String[]> rows) {
        int[] widths = new int[HEADER.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        return widths;
    }

    private static String ms(Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%.1f ms", value);
    }

    private static String num(Double value, String format) {
        return value == null ? "n/a" : String.format(Locale.ROOT, format, value);
    }

    static String bytes(double value) {
        String[] units = {"B", "KiB", "MiB", "GiB"};
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? String.format(Locale.ROOT, "%.0f B", value) : String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
