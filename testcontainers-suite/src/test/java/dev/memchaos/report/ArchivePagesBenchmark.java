package dev.memchaos.report;

import dev.memchaos.archive.ArchivedRun;
import dev.memchaos.archive.ResultsFolder;
import dev.memchaos.archive.RunArchive;
import dev.memchaos.testing.Browser;
import dev.memchaos.testing.SyntheticRuns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a test: measures the archive's pages and prints the figures (benchmarks/archive-pages.sh runs it).
 * Report writing per run, report.html's size, and results/index.html of 1,000 runs: written, and
 * opened in headless chromium until its charts are drawn.
 */
class ArchivePagesBenchmark {

    @TempDir
    Path dir;

    @Test
    void measure() throws Exception {
        ResultsFolder results = new ResultsFolder(dir);
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        List<RunArchive> runs = new ArrayList<>();
        String[] scenarios = {"parse-1200-keys", "kv-mutex-vs-syncmap-vs-sharded", "churn-retention", "gomemlimit-vs-cgroup",
            "parse-downstream-delay", "slice-append-growth", "parse-1200-keys-memory-pressure"};
        for (int i = 0; i < 1000; i++) {
            runs.add(SyntheticRuns.write(results, scenarios[i % scenarios.length], start.plusSeconds(600L * i), 20, "run " + i, i));
        }
        RunArchive longRun = SyntheticRuns.write(results, "parse-1200-keys-soak", start.plusSeconds(600L * 1001), 600, "soak", 7);

        List<Long> reportNanos = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            long t0 = System.nanoTime();
            runs.get(i).writeReport();
            reportNanos.add(System.nanoTime() - t0);
        }
        long t0 = System.nanoTime();
        longRun.writeReport();
        long soakNanos = System.nanoTime() - t0;
        for (RunArchive run : runs.subList(30, runs.size())) {
            run.writeReport();
        }
        Collections.sort(reportNanos);
        long i0 = System.nanoTime();
        results.writeIndex();
        long indexNanos = System.nanoTime() - i0;

        Path index = dir.resolve("index.html");
        Duration load;
        Duration ready;
        try (Browser browser = new Browser()) {
            browser.open(index);
            Browser.Page page = browser.open(index);
            load = page.loadTime();
            ready = page.readyTime().orElseThrow();
        }
        List<ArchivedRun> listed = results.runs();
        System.out.printf(Locale.ROOT, "%nreport.html, written per run (20 s of load, 2 variants): median %.0f ms, max %.0f ms over %d (first one includes template compilation)%n",
                reportNanos.get(reportNanos.size() / 2) / 1e6, reportNanos.get(reportNanos.size() - 1) / 1e6, reportNanos.size());
        System.out.printf(Locale.ROOT, "report.html of a 600 s run: written in %.0f ms, %d bytes; with its assets %d bytes%n",
                soakNanos / 1e6, Files.size(longRun.dir().resolve("report.html")), size(longRun.dir().resolve("report.html"), longRun.dir().resolve("assets")));
        System.out.printf(Locale.ROOT, "report.html of a 20 s run: %d bytes%n", Files.size(runs.get(0).dir().resolve("report.html")));
        System.out.printf(Locale.ROOT, "index.html of %d runs: written in %.0f ms, %d bytes; chromium: loaded in %d ms, charts drawn after %d ms%n",
                listed.size(), indexNanos / 1e6, Files.size(index), load.toMillis(), ready.toMillis());
    }

    private static long size(Path file, Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            return Files.size(file) + files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
