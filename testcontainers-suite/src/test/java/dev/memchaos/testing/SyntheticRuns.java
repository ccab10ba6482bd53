package dev.memchaos.testing;

import dev.memchaos.archive.Harnesses;
import dev.memchaos.archive.ResultsFolder;
import dev.memchaos.archive.RunArchive;
import dev.memchaos.chaos.FaultRecord;
import dev.memchaos.journal.RunId;
import dev.memchaos.journal.Summary;
import dev.memchaos.journal.TimelineDocument;
import dev.memchaos.scenario.Metric;
import dev.memchaos.simulations.PerSecond;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Archived runs written the way a run writes them (through {@link RunArchive}), with made-up
 * figures of a realistic shape: for page tests and the archive benchmarks, never for a verdict.
 */
public final class SyntheticRuns {

    private SyntheticRuns() {
    }

    /** A completed two-variant run of {@code seconds} of load, started at {@code start}; {@code text} goes into every free-text field. */
    public static RunArchive write(ResultsFolder results, String scenario, Instant start, int seconds, String text, long seed)
            throws IOException {
        Random random = new Random(seed);
        RunId id = new RunId(RunId.next(scenario).value().replaceFirst("^\\d{8}-\\d{6}",
                java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(java.time.ZoneOffset.UTC).format(start)));
        RunArchive archive = results.create(id);
        archive.writeScenario("name: " + scenario + "\ndescription: \"" + text.replace("\"", "\\\"") + "\"\n"
                + "target: {image: memchaos/mapsvc:local, memory: 64MiB}\nvariants: [{name: unsized}, {name: sized}]\n"
                + "load: {simulation: parse, keys: 1200, rate: 100/s, duration: " + seconds + "s}\n"
                + "thresholds: [\"p(99) < 250ms\"]\n");
        List<TimelineDocument.VariantTimelineDocument> timelines = new ArrayList<>();
        List<Summary.VariantSummary> variants = new ArrayList<>();
        for (String variant : List.of("unsized", "sized")) {
            double scale = variant.equals("unsized") ? 1.3 : 1.0;
            Map<String, List<double[]>> series = new LinkedHashMap<>();
            List<PerSecond.Bucket> latency = new ArrayList<>();
            double memory = 8e6;
            for (int t = -3; t <= seconds + 2; t++) {
                memory = Math.min(60e6, memory + random.nextDouble() * 2e6 * scale);
                add(series, "memory.usageBytes", t, memory);
                add(series, "memory.limitBytes", t, 64 * 1024 * 1024);
                add(series, "heap.inUseBytes", t, memory * 0.6);
                add(series, "gc.cycles", t, Math.max(0, t) * 2 * scale);
                add(series, "gc.pauseSecondsTotal", t, Math.max(0, t) * 0.0004 * scale);
                add(series, "requests.inFlight", t, random.nextInt(4));
                if (t >= 0 && t < seconds) {
                    latency.add(new PerSecond.Bucket(start.getEpochSecond() + t, 100, t % 17 == 0 ? 1 : 0,
                            2 * scale, 8 * scale + random.nextInt(5), 20 * scale));
                }
            }
            List<FaultRecord> chaos = List.of(new FaultRecord("memory-pressure", "memory pressure " + text, 2.0, seconds - 2.0,
                    Map.of("size", text), Map.of(), null));
            timelines.add(new TimelineDocument.VariantTimelineDocument(variant, start.toString(), series, latency, chaos,
                    variant.equals("unsized") ? List.of(seconds / 2.0) : List.of()));
            Map<String, Double> metrics = new LinkedHashMap<>();
            for (Metric m : Metric.catalog()) {
                metrics.put(m.text(), null);
            }
            metrics.put("p(50)", 2 * scale);
            metrics.put("p(95)", 6 * scale);
            metrics.put("p(99)", 9 * scale + random.nextDouble() * 3);
            metrics.put("requests", 100.0 * seconds);
            metrics.put("errors", (double) (seconds / 17 + 1));
            metrics.put("memory.peak", memory);
            metrics.put("memory.limit", 64.0 * 1024 * 1024);
            metrics.put("memory.peakRatio", memory / (64.0 * 1024 * 1024));
            metrics.put("allocBytesPerRequest", 250_000 * scale);
            metrics.put("gcPause.p99", 0.5 * scale);
            metrics.put("oomKilled", variant.equals("unsized") ? 1.0 : 0.0);
            variants.add(new Summary.VariantSummary(variant, "pass", new Summary.Image("memchaos/mapsvc:local", "sha256:0"),
                    metrics, List.of(new Summary.CheckSummary("p(99) < 250ms " + text, "p(99) < 250ms", "p(99) = 9ms " + text,
                            true, "why " + text)),
                    List.of(new Summary.ChaosSummary("memory-pressure", 2.0, seconds - 2.0, Map.of("size", text), Map.of(), null)),
                    null, null, null));
        }
        archive.writeTimeline(new TimelineDocument(id.value(), TimelineDocument.CLOCK, timelines));
        archive.writeSummary(new Summary(id.value(), scenario, "docker", start.toString(), start.plusSeconds(seconds * 2L).toString(),
                Summary.COMPLETED, "pass", null, Harnesses.current(), seed, null, null, variants), false);
        return archive;
    }

    private static void add(Map<String, List<double[]>> series, String name, double t, double v) {
        series.computeIfAbsent(name, k -> new ArrayList<>()).add(new double[] {t, v});
    }
}
