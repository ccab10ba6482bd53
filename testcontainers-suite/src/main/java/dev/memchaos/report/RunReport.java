package dev.memchaos.report;

import dev.memchaos.diagnostics.Diagnostics;
import dev.memchaos.journal.JournalFiles;
import dev.memchaos.journal.Summary;
import dev.memchaos.journal.Summary.CheckSummary;
import dev.memchaos.journal.Summary.VariantSummary;
import dev.memchaos.journal.TimelineDocument;
import dev.memchaos.scenario.Metric;
import dev.memchaos.scenario.ScenarioException;
import dev.memchaos.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * {@code report.html} of one run, read from what the run left in its folder (summary.json,
 * timeline.json, the run it was compared with): the verdict and every check, every metric of
 * the catalog per variant, and one time axis per run with the variants overlaid.
 */
public final class RunReport {

    public static final String FILE = "report.html";

    private RunReport() {
    }

    /** Renders the report of the run in {@code runDir}; throws IOException when its summary cannot be read. */
    public static String render(Path runDir) throws IOException {
        Summary summary = JournalFiles.summary(runDir);
        Optional<TimelineDocument> timeline = JournalFiles.timeline(runDir);
        Optional<Comparison> comparison = comparison(runDir, summary);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("run", summary);
        page.put("description", scenarioDescription(runDir));
        page.put("variantNames", summary.variants().stream().map(VariantSummary::name).toList());
        page.put("checks", checks(summary));
        page.put("hypotheses", hypotheses(summary));
        page.put("metrics", metricRows(summary, comparison));
        page.put("gcSources", summary.variants().stream().map(v -> v.gcSource() == null ? "n/a" : v.gcSource()).toList());
        page.put("comparison", comparison.orElse(null));
        page.put("faults", faults(summary));
        page.put("links", links(runDir, summary));
        page.put("diagnostics", diagnostics(runDir, summary));
        page.put("timelineNote", timeline.isEmpty() ? "No timeline: the run stopped before any variant finished its load." : null);
        page.put("chartJson", SafeJson.of(timeline.map(ChartData::of).orElse(new ChartData(List.of()))));
        return Templates.render("report.peb", page);
    }

    /** One check as the report lists it. */
    public record CheckRow(boolean pass, String name, String actual, String why, String variants) {
    }

    /** The steady-state hypothesis of one variant, before and after the faults. */
    public record HypothesisRow(String variant, String before, String after, List<CheckRow> checks) {
    }

    /** A metric's row: its name and meaning, then one cell per variant. */
    public record MetricRow(String name, String unit, String description, String computedAs, List<Cell> cells) {
    }

    /** A metric's value for one variant, and beside it the compared run's value and the change, when there is one. */
    public record Cell(String value, String compared, String change, String trend) {
    }

    /** The run this one is set beside: a baseline or the run it replays. */
    public record Comparison(String kind, String runId, String link, Summary summary) {
    }

    /** A fault as it happened in one variant. */
    public record FaultRow(String variant, String type, String window, String params, String observed, String error) {
    }

    /** What was archived to look into a variant: its Go build and its heap profiles (null where none). */
    public record DiagnosticsRow(String variant, String goVersion, String module, String settings, String heapAtEnd,
                                 String heapNearPeak, String nearPeakWhen) {
    }

    /** A link of the report to a file of the run. */
    public record Link(String label, String href) {
    }

    /** The scenario's description, from the run's own copy of its scenario file; null when there is none. */
    private static String scenarioDescription(Path runDir) {
        try {
            return ScenarioLoader.load(runDir.resolve("scenario.yaml")).description();
        } catch (ScenarioException | RuntimeException e) {
            return null;
        }
    }

    private static Optional<Comparison> comparison(Path runDir, Summary summary) {
        String kind;
        String other;
        if (summary.replayOf() != null) {
            kind = "replay of";
            other = summary.replayOf();
        } else if (summary.baseline() != null && summary.baseline().runId() != null) {
            kind = "baseline";
            other = summary.baseline().runId();
        } else {
            return Optional.empty();
        }
        Path otherDir = runDir.resolveSibling(other);
        try {
            Summary compared = JournalFiles.summary(otherDir);
            String link = Files.isRegularFile(otherDir.resolve(FILE)) ? "../" + other + "/" + FILE : null;
            return Optional.of(new Comparison(kind, other, link, compared));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static List<CheckRow> checks(Summary summary) {
        Map<String, CheckRow> rows = new LinkedHashMap<>();
        Map<String, Set<String>> variants = new LinkedHashMap<>();
        for (VariantSummary v : summary.variants()) {
            for (CheckSummary c : v.checks()) {
                rows.putIfAbsent(c.name(), new CheckRow(c.pass(), c.name(), c.actual(), c.why(), ""));
                variants.computeIfAbsent(c.name(), k -> new LinkedHashSet<>()).add(v.name());
            }
        }
        return rows.values().stream()
                .map(r -> new CheckRow(r.pass(), r.name(), r.actual(), r.why(), String.join(", ", variants.get(r.name()))))
                .toList();
    }

    private static List<HypothesisRow> hypotheses(Summary summary) {
        List<HypothesisRow> rows = new ArrayList<>();
        for (VariantSummary v : summary.variants()) {
            if (v.hypothesis() == null) {
                continue;
            }
            List<CheckRow> checks = new ArrayList<>();
            for (Summary.HypothesisCheck h : new Summary.HypothesisCheck[] {v.hypothesis().before(), v.hypothesis().after()}) {
                if (h != null) {
                    h.checks().forEach(c -> checks.add(new CheckRow(c.pass(), c.name(), c.actual(), c.why(), v.name())));
                }
            }
            rows.add(new HypothesisRow(v.name(), holds(v.hypothesis().before()), holds(v.hypothesis().after()), checks));
        }
        return rows;
    }

    private static String holds(Summary.HypothesisCheck check) {
        return check == null ? "not checked" : check.pass() ? "holds" : "does not hold";
    }

    private static List<MetricRow> metricRows(Summary summary, Optional<Comparison> comparison) {
        List<MetricRow> rows = new ArrayList<>();
        for (Metric metric : Metric.catalog()) {
            List<Cell> cells = new ArrayList<>();
            for (VariantSummary v : summary.variants()) {
                OptionalDouble value = v.value(metric);
                OptionalDouble compared = comparison.flatMap(c -> c.summary().variant(v.name()))
                        .map(o -> o.value(metric)).orElse(OptionalDouble.empty());
                cells.add(new Cell(format(metric, value), comparison.isPresent() ? format(metric, compared) : null,
                        change(value, compared), trend(metric, value, compared)));
            }
            rows.add(new MetricRow(metric.text(), metric.kind().noun(), metric.description(), metric.computedAs(), cells));
        }
        return rows;
    }

    private static String format(Metric metric, OptionalDouble value) {
        return value.isPresent() ? metric.kind().format(value.getAsDouble()) : "n/a";
    }

    private static String change(OptionalDouble value, OptionalDouble compared) {
        if (value.isEmpty() || compared.isEmpty()) {
            return null;
        }
        double a = compared.getAsDouble();
        double b = value.getAsDouble();
        if (a == b) {
            return "=";
        }
        return a == 0 ? "new" : String.format(Locale.ROOT, "%+.1f%%", (b - a) / Math.abs(a) * 100);
    }

    private static String trend(Metric metric, OptionalDouble value, OptionalDouble compared) {
        if (value.isEmpty() || compared.isEmpty() || value.getAsDouble() == compared.getAsDouble()) {
            return "same";
        }
        boolean rose = value.getAsDouble() > compared.getAsDouble();
        return switch (metric.better()) {
            case LOWER -> rose ? "worse" : "better";
            case HIGHER -> rose ? "better" : "worse";
            case NEITHER -> "same";
        };
    }

    private static List<FaultRow> faults(Summary summary) {
        List<FaultRow> rows = new ArrayList<>();
        for (VariantSummary v : summary.variants()) {
            for (Summary.ChaosSummary f : v.chaos()) {
                rows.add(new FaultRow(v.name(), f.type(),
                        seconds(f.startS()) + " – " + seconds(f.endS()),
                        f.params().isEmpty() ? "" : f.params().toString(),
                        f.observed().isEmpty() ? "" : f.observed().toString(), f.error()));
            }
        }
        return rows;
    }

    private static String seconds(Double s) {
        return s == null ? "?" : String.format(Locale.ROOT, "%.1fs", s);
    }

    private static List<DiagnosticsRow> diagnostics(Path runDir, Summary summary) {
        List<DiagnosticsRow> rows = new ArrayList<>();
        for (VariantSummary v : summary.variants()) {
            Diagnostics d = v.diagnostics();
            if (d == null) {
                continue;
            }
            String atEnd = d.heapProfileAtEnd() != null && Files.isRegularFile(runDir.resolve(d.heapProfileAtEnd())) ? d.heapProfileAtEnd() : null;
            Diagnostics.PeakHeapProfile peak = d.heapProfileNearPeak();
            String nearPeak = peak != null && Files.isRegularFile(runDir.resolve(peak.file())) ? peak.file() : null;
            String when = nearPeak == null ? null : String.format(Locale.ROOT, "at %.1fs, memory %s of %s", peak.atS(),
                    Metric.Named.MEMORY_PEAK.kind().format(peak.usageBytes()), Metric.Named.MEMORY_LIMIT.kind().format(peak.limitBytes()));
            List<String> settings = new ArrayList<>();
            d.goBuild().settings().forEach((k, value) -> settings.add(k + "=" + value));
            rows.add(new DiagnosticsRow(v.name(), d.goBuild().goVersion(), d.goBuild().path(), String.join("  ", settings),
                    atEnd, nearPeak, when));
        }
        return rows;
    }

    private static List<Link> links(Path runDir, Summary summary) {
        List<Link> links = new ArrayList<>();
        for (String file : List.of("scenario.yaml", "summary.json", "timeline.json")) {
            if (Files.isRegularFile(runDir.resolve(file))) {
                links.add(new Link(file, file));
            }
        }
        for (VariantSummary v : summary.variants()) {
            if (v.gatlingReport() != null && Files.isRegularFile(runDir.resolve(v.gatlingReport()))) {
                links.add(new Link("Gatling report: " + v.name(), v.gatlingReport()));
            }
            Diagnostics d = v.diagnostics();
            if (d != null) {
                for (String[] file : new String[][] {{"heap profile at the end of the load", d.heapProfileAtEnd()},
                    {"heap profile near the memory peak", d.heapProfileNearPeak() == null ? null : d.heapProfileNearPeak().file()}}) {
                    if (file[1] != null && Files.isRegularFile(runDir.resolve(file[1]))) {
                        links.add(new Link(v.name() + ": " + file[0], file[1]));
                    }
                }
            }
        }
        links.add(new Link("all runs", "../index.html"));
        return links;
    }
}
