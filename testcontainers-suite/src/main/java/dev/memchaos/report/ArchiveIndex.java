package dev.memchaos.report;

import dev.memchaos.archive.ArchivedRun;
import dev.memchaos.journal.Summary;
import dev.memchaos.journal.TimelineDocument;
import dev.memchaos.journal.Summary.VariantSummary;
import dev.memchaos.scenario.Metric;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeSet;

/**
 * {@code results/index.html}: every run, newest first, with its headline figures, filterable
 * by scenario and verdict; per scenario, trend charts of its key metrics across its completed runs.
 */
public final class ArchiveIndex {

    /** The metrics a scenario's trend charts follow, run after run. */
    static final List<Metric> TRENDS = List.of(new Metric.Percentile(99), Metric.Named.MEMORY_PEAK,
            Metric.Named.ALLOC_BYTES_PER_REQUEST, Metric.Named.GC_PAUSE_P99);

    private ArchiveIndex() {
    }

    /** One run's row. {@code href} is its report, or its folder when there is none. */
    public record Row(String runId, String href, String startedAt, String scenario, String backend, String status,
                      String verdict, String requests, String worstP99, String peakMemory, String oomKills, String note,
                      boolean damaged) {
    }

    /** The runs of one scenario, oldest first, as its trend charts plot them. */
    public record Trend(String scenario, List<String> metrics, List<String> units, List<Point> runs) {
    }

    /** One run in a trend: when it started, and each variant's value of each trend metric (null where unmeasured). */
    public record Point(String runId, long t, Map<String, List<Double>> variants) {
    }

    public static String render(List<ArchivedRun> runs) {
        List<Row> rows = runs.stream().map(ArchiveIndex::row).toList();
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("rows", rows);
        page.put("count", rows.size());
        page.put("scenarios", new TreeSet<>(rows.stream().map(Row::scenario).filter(s -> s != null).toList()));
        page.put("verdicts", new TreeSet<>(rows.stream().map(Row::verdict).toList()));
        page.put("trendJson", SafeJson.of(trends(runs)));
        return Templates.render("index.peb", page);
    }

    private static Row row(ArchivedRun run) {
        if (run.summary().isEmpty()) {
            return new Row(run.folder(), run.folder() + "/", null, null, null, "damaged", "damaged", "", "", "", "",
                    run.damage(), true);
        }
        Summary s = run.summary().get();
        String href = Files.isRegularFile(run.dir().resolve(RunReport.FILE)) ? run.folder() + "/" + RunReport.FILE : run.folder() + "/";
        String verdict = s.verdict() != null ? s.verdict() : s.status();
        long requests = 0;
        boolean anyRequests = false;
        int oomKills = 0;
        double worstP99 = -1;
        double peakRatio = -1;
        for (VariantSummary v : s.variants()) {
            OptionalDouble r = v.value(Metric.Named.REQUESTS);
            if (r.isPresent()) {
                requests += (long) r.getAsDouble();
                anyRequests = true;
            }
            worstP99 = Math.max(worstP99, v.value(new Metric.Percentile(99)).orElse(-1));
            peakRatio = Math.max(peakRatio, v.value(Metric.Named.MEMORY_PEAK_RATIO).orElse(-1));
            oomKills += v.oomKilled() ? 1 : 0;
        }
        List<String> notes = new ArrayList<>();
        if (s.replayOf() != null) {
            notes.add("replay of " + s.replayOf());
        }
        if (s.baseline() != null && s.baseline().runId() != null) {
            notes.add("vs " + s.baseline().runId());
        }
        if (s.error() != null) {
            notes.add(s.error());
        }
        return new Row(s.runId() != null ? s.runId() : run.folder(), href, s.startedAt(), s.scenario(), s.backend(), s.status(),
                verdict, anyRequests ? Long.toString(requests) : "",
                worstP99 < 0 ? "" : Metric.Named.LATENCY_MAX.kind().format(worstP99),
                peakRatio < 0 ? "" : Metric.Named.MEMORY_PEAK_RATIO.kind().format(peakRatio),
                s.variants().isEmpty() ? "" : oomKills + " of " + s.variants().size(),
                String.join("; ", notes), false);
    }

    private static List<Trend> trends(List<ArchivedRun> runs) {
        Map<String, List<Point>> byScenario = new LinkedHashMap<>();
        for (int i = runs.size() - 1; i >= 0; i--) {
            Summary s = runs.get(i).summary().orElse(null);
            if (s == null || !Summary.COMPLETED.equals(s.status()) || s.scenario() == null) {
                continue;
            }
            Map<String, List<Double>> variants = new LinkedHashMap<>();
            for (VariantSummary v : s.variants()) {
                List<Double> values = new ArrayList<>();
                for (Metric m : TRENDS) {
                    OptionalDouble value = v.value(m);
                    values.add(value.isPresent() ? value.getAsDouble() : null);
                }
                variants.put(v.name(), values);
            }
            byScenario.computeIfAbsent(s.scenario(), k -> new ArrayList<>()).add(new Point(s.runId(), TimelineDocument.epochMillis(s.startedAt()), variants));
        }
        List<Trend> trends = new ArrayList<>();
        byScenario.forEach((scenario, points) -> trends.add(new Trend(scenario,
                TRENDS.stream().map(Metric::text).toList(),
                TRENDS.stream().map(m -> m.kind().name()).toList(), points)));
        trends.sort((a, b) -> a.scenario().compareTo(b.scenario()));
        return trends;
    }
}
