package dev.memchaos.probe;

import dev.memchaos.metrics.MetricsScraper;
import dev.memchaos.metrics.PrometheusText;
import dev.memchaos.metrics.Sample;
import dev.memchaos.scenario.TargetMetrics;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Scrapes the target's Prometheus endpoint once a second: GC pause count and cumulative
 * pause time, GC cycles, heap in use, and requests in flight where the service exposes them.
 * A scrape that fails (the target is down) is skipped; the gap shows in the series.
 */
public final class RuntimeProbe implements Probe {

    /** The timeline series of the service's in-flight gauge. */
    public static final String IN_FLIGHT = "requests.inFlight";

    /**
     * Timeline series name → the exposition series it is read from (first one present wins); the service's own
     * names as the scenario maps them ({@code target.metrics}).
     */
    static Map<String, List<String>> series(TargetMetrics names) {
        return Map.of(
                "gc.pauses", List.of("go_sched_pauses_total_gc_seconds_count", "go_gc_pauses_seconds_count", "go_gc_duration_seconds_count"),
                "gc.pauseSecondsTotal", List.of("go_gc_duration_seconds_sum"),
                "gc.cycles", List.of("go_gc_cycles_total_gc_cycles_total"),
                "heap.inUseBytes", List.of(names.heapInUse()),
                "process.rssBytes", List.of(names.residentMemory()),
                IN_FLIGHT, List.of(names.inFlight()));
    }

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "memchaos-runtime-probe");
        thread.setDaemon(true);
        return thread;
    });

    public RuntimeProbe(URI metrics, TargetMetrics names, Timeline timeline) {
        MetricsScraper scraper = new MetricsScraper();
        Map<String, List<String>> series = series(names);
        scheduler.scheduleAtFixedRate(() -> sample(scraper, metrics, series, timeline), 0, 1, TimeUnit.SECONDS);
    }

    private static void sample(MetricsScraper scraper, URI metrics, Map<String, List<String>> series, Timeline timeline) {
        List<Sample> samples;
        try {
            samples = PrometheusText.parse(scraper.fetch(metrics));
        } catch (IOException | IllegalArgumentException e) {
            return;
        }
        series.forEach((name, candidates) -> candidates.stream()
                .flatMap(candidate -> samples.stream().filter(s -> s.name().equals(candidate) && s.labels().isEmpty()))
                .findFirst()
                .ifPresent(s -> timeline.record(name, s.value())));
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
