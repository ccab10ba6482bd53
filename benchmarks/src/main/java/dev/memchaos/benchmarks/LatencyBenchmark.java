package dev.memchaos.benchmarks;

import dev.memchaos.backend.docker.DockerBackend;
import dev.memchaos.backend.docker.DockerTarget;
import dev.memchaos.journal.RunId;
import dev.memchaos.probe.MemoryProbe;
import dev.memchaos.probe.RuntimeProbe;
import dev.memchaos.probe.Timeline;
import dev.memchaos.scenario.Scenario;
import dev.memchaos.simulations.JsonObjectBody;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark, not a test (issue 9): do memchaos's latency figures describe the service, not the load generator?
 * For each row a fresh mapsvc target, warmed by vegeta; then rounds of memchaos's load (Gatling, as a run drives it,
 * probes sampling) and vegeta with the same ramp and rate against the same target and address, in a balanced order
 * (m v, v m, m v): each client's row figure is its rounds pooled, and each round's ratio is printed beside it. Then
 * the highest rate each client drives against {@code /healthz} with 16 connections (memchaos, vegeta, wrk), and what
 * the probes cost the target. Prints one markdown table per part, with the figures from before the change beside
 * today's, and writes them to {@code benchmarks/target/latency-<time>.md}. Exit status 1 when a row misses the issue's
 * figures.
 */
public final class LatencyBenchmark {

    /** A row: the load, and what issue 9 measured for it before (memchaos p99, vegeta p99, memchaos errors). */
    record Row(int rate, int keys, Duration ramp, String beforeMemchaosP99, String beforeVegetaP99, String beforeErrors) {

        double limit() {
            return rate >= 5000 ? 1.5 : 1.25;
        }

        String yaml(Duration duration) {
            return "name: latency-" + rate + "-per-s\n" + TARGET + """
                    load:
                      simulation: parse
                      keys: %d
                      rate: %d/s
                      rampUp: %dms
                      duration: %dms
                    thresholds:
                      - "errors == 0"
                    """.formatted(keys, rate, ramp.toMillis(), duration.toMillis());
        }
    }

    static final List<Row> ROWS = List.of(
            new Row(100, 1200, Duration.ofSeconds(5), "3.0–5.0 ms", "5.4–5.7 ms", "0"),
            new Row(1000, 10, Duration.ofSeconds(5), "not measured", "not measured", "-"),
            new Row(2000, 10, Duration.ofSeconds(5), "3.0 ms", "1.24 ms", "0"),
            new Row(5000, 10, Duration.ofSeconds(5), "175 ms", "7.4 ms", "0"),
            new Row(2000, 10, Duration.ZERO, "424 ms", "1.24 ms", "0"),
            new Row(5000, 10, Duration.ZERO, "1,528 ms", "7.4 ms", "96%"));

    /** Every part's target: mapsvc with unsized maps under a 128MiB limit. */
    static final String TARGET = """
            target:
              image: memchaos/mapsvc:local
              port: 8080
              memory: 128MiB
            variants:
              - name: unsized
                env:
                  MAP_SIZING: unsized
            """;

    static final int CONNECTIONS = 16;
    /** Held until the JVM exits; a field, so that the collector never closes its file (and the lock) before. */
    private static BenchmarkLock lock;
    /**
     * How long vegeta warms each row's fresh target before either client measures. With 5 s, memchaos's per-second
     * p99 at 100/s of the 1,200-key body was still falling for the next 15 s (the target's heap and GC pacing
     * settling), so memchaos, measuring first, met a colder target than vegeta did.
     */
    static final Duration TARGET_WARM_UP = Duration.ofSeconds(20);

    public static void main(String[] args) throws Exception {
        Duration duration = Duration.ofSeconds(Long.getLong("benchmark.seconds", 20));
        Duration flatOut = Duration.ofSeconds(Long.getLong("benchmark.flatOutSeconds", 10));
        String roundsText = System.getProperty("benchmark.rounds", "3").strip();
        int rounds = roundsText.matches("[0-9]{1,2}") ? Integer.parseInt(roundsText) : 0;
        if (rounds < 1 || rounds > 20) {
            System.err.println("benchmark: the rounds per row (BENCHMARK_ROUNDS) are a number from 1 to 20, got '" + roundsText + "'");
            System.exit(2);
        }
        Path work = Files.createDirectories(Path.of(System.getProperty("benchmark.work", "benchmarks/target/latency-work")));
        lock = BenchmarkLock.take(work);
        String vegetaBinary = System.getProperty("benchmark.vegeta", "vegeta");
        PrintStream out = System.out;
        // Gatling's console report every 5 s would bury the tables: it goes to a log file.
        Path log = work.resolve("gatling-console.log");
        System.setOut(new PrintStream(new FileOutputStream(log.toFile()), true, StandardCharsets.UTF_8));
        Vegeta vegeta = new Vegeta(vegetaBinary, work);
        StringBuilder report = new StringBuilder();
        boolean met = true;
        double serviceCoresAt1000 = -1;
        try (MemchaosSide memchaos = new MemchaosSide(new DockerBackend(RunId.next("latency-benchmark")), work, line -> out.println("benchmark: " + line))) {
            out.println("benchmark: " + ROWS.size() + " rows, " + rounds + " rounds of " + duration.toSeconds()
                    + " s per client each, alternating (Gatling's console: " + log + ")");
            List<String> lines = new ArrayList<>(List.of(
                    "| rate | keys | ramp | before: memchaos p99 | before: vegeta p99 | before: memchaos errors"
                            + " | memchaos p50 / p99 | vegeta p50 / p99 | ratio p50 | ratio p99 | each round's p50/p99 ratio"
                            + " | errors memchaos / vegeta | within |",
                    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"));
            for (Row row : Boolean.getBoolean("benchmark.skipRows") ? List.<Row>of() : rows()) {
                Scenario scenario = MemchaosSide.scenario(row.yaml(duration));
                Path body = Files.writeString(work.resolve("body-" + row.keys() + ".json"), JsonObjectBody.withKeys(row.keys()));
                try (DockerTarget target = memchaos.deploy(scenario); Probes probes = Probes.start(scenario, target)) {
                    ContainerCpu cpu = new ContainerCpu(target.containerId());
                    out.println("benchmark: " + row.rate() + "/s, " + row.keys() + " keys, ramp " + row.ramp().toSeconds()
                            + " s: memchaos against " + target.loadEndpoint());
                    URI parse = target.loadEndpoint().resolve("/parse");
                    // The target's own warm-up (heap growth, GC pacing, connections), the same for both clients.
                    vegeta.post(parse, body, row.rate(), TARGET_WARM_UP);
                    Pooled mPool = new Pooled();
                    Pooled vPool = new Pooled();
                    List<String> roundRatios = new ArrayList<>();
                    double cores = 0;
                    for (int round = 1; round <= rounds; round++) {
                        // Balanced order (m v, v m, m v, ...): a slow spell that drifts over the row falls on both.
                        boolean memchaosFirst = round % 2 == 1;
                        out.println("benchmark: ... round " + round + ", " + (memchaosFirst ? "memchaos then vegeta" : "vegeta then memchaos"));
                        ClientFigures vw = memchaosFirst ? null : vegeta.postRamped(parse, body, row.rate(), row.ramp(), duration);
                        MemchaosSide.Measured m = memchaos.load(scenario, target, cpu);
                        if (memchaosFirst) {
                            vw = vegeta.postRamped(parse, body, row.rate(), row.ramp(), duration);
                        }
                        mPool.add(m.micros(), m.figures());
                        vPool.add(vegeta.lastLatencies(), vw);
                        cores += m.targetCores();
                        ClientFigures mw = m.figures();
                        String ratio = String.format(Locale.ROOT, "%.2f/%.2f", mw.p50Us() / vw.p50Us(), mw.p99Us() / vw.p99Us());
                        roundRatios.add(ratio);
                        out.println("benchmark: ... round " + round + ": memchaos " + mw.latencies() + ", vegeta " + vw.latencies()
                                + ", ratio p50/p99 " + ratio);
                    }
                    if (row.rate() == 1000) {
                        serviceCoresAt1000 = cores / rounds;
                    }
                    ClientFigures mf = mPool.figures();
                    ClientFigures v = vPool.figures();
                    double r50 = mf.p50Us() / v.p50Us();
                    double r99 = mf.p99Us() / v.p99Us();
                    boolean within = within(r50, row.limit()) && within(r99, row.limit())
                            && (mf.errors() == 0 || v.errors() > 0);
                    met &= within;
                    lines.add(String.format(Locale.ROOT, "| %d/s | %d | %s | %s | %s | %s | %s | %s | %.2f | %.2f | %s | %d / %d | %s |",
                            row.rate(), row.keys(), row.ramp().isZero() ? "none" : row.ramp().toSeconds() + "s",
                            row.beforeMemchaosP99(), row.beforeVegetaP99(), row.beforeErrors(),
                            mf.latencies(), v.latencies(), r50, r99, String.join(", ", roundRatios), mf.errors(), v.errors(),
                            (within ? "yes" : "NO") + " (≤ " + row.limit() + "×)"));
                    out.println(lines.get(lines.size() - 1));
                }
            }
            report.append("## Latency: memchaos against vegeta, same target, same address\n\n").append(String.join("\n", lines)).append("\n\n");

            if (Boolean.getBoolean("benchmark.rowsOnly")) {
                out.println(String.join("\n", lines));
                System.exit(met ? 0 : 1);
            }
            Scenario health = MemchaosSide.scenario(flatOutYaml(flatOut));
            try (DockerTarget target = memchaos.deploy(health); Probes probes = Probes.start(health, target)) {
                URI healthz = target.loadEndpoint().resolve("/healthz");
                out.println("benchmark: highest rate against " + healthz + " with " + CONNECTIONS + " connections");
                ContainerCpu cpu = new ContainerCpu(target.containerId());
                double mem = memchaos.load(health, target, cpu).figures().perSecond();
                double veg = vegeta.getFlatOut(healthz, CONNECTIONS, flatOut).perSecond();
                double wrk = new Wrk(work).flatOutPerSecond(healthz, CONNECTIONS, flatOut);
                boolean fast = mem >= 0.8 * veg;
                met &= fast;
                String table = String.format(Locale.ROOT, """
                        | client (closed model, %d connections, %d s, GET /healthz) | requests/s | of vegeta's |
                        | --- | --- | --- |
                        | memchaos (Gatling) | %.0f | %.2f%s |
                        | vegeta | %.0f | 1.00 |
                        | wrk | %.0f | %.2f |
                        """, CONNECTIONS, flatOut.toSeconds(), mem, mem / veg, fast ? "" : " (below 0.8)", veg, wrk, wrk / veg);
                out.print(table);
                report.append("## Highest rate\n\n").append(table).append("\n");
            }

            try (DockerTarget target = memchaos.deploy(health)) {
                String table = probeCost(target, health, serviceCoresAt1000, out);
                report.append("## What the probes cost the target\n\n").append(table).append("\n");
            }
            Row heavy = ROWS.get(0);
            Scenario heavyScenario = MemchaosSide.scenario(heavy.yaml(duration));
            try (DockerTarget target = memchaos.deploy(heavyScenario)) {
                String table = probeLatencyCost(target, heavyScenario, heavy, vegeta, work, duration, out);
                report.append(table).append("\n");
            }
        }
        Path file = Path.of("benchmarks/target/latency-" + Instant.now().toString().replace(':', '-') + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report.toString());
        out.println();
        out.print(report);
        out.println("benchmark: " + (met ? "every row meets issue 9's figures" : "a row misses issue 9's figures") + "; written to " + file);
        System.exit(met ? 0 : 1);
    }

    /**
     * What the probes do to the target's latency: vegeta at row 1 (100/s of the 1,200-key body, where a scrape costs
     * the most against a request), alternately without and with the probes, twice each, after a warm-up.
     */
    private static String probeLatencyCost(DockerTarget target, Scenario scenario, Row row, Vegeta vegeta, Path work,
                                           Duration duration, PrintStream out) throws Exception {
        out.println("benchmark: what the probes cost the target's latency (vegeta at " + row.rate() + "/s, "
                + row.keys() + " keys, without and with the probes, twice)");
        URI url = target.loadEndpoint().resolve("/parse");
        Path body = work.resolve("body-" + row.keys() + ".json");
        vegeta.post(url, body, row.rate(), TARGET_WARM_UP);
        StringBuilder table = new StringBuilder("""
                | vegeta, %d/s, %d keys | p50 / p99 |
                | --- | --- |
                """.formatted(row.rate(), row.keys()));
        for (int round = 1; round <= 2; round++) {
            ClientFigures without = vegeta.post(url, body, row.rate(), duration);
            ClientFigures with;
            try (Probes probes = Probes.start(scenario, target)) {
                with = vegeta.post(url, body, row.rate(), duration);
            }
            table.append("| round ").append(round).append(", without the probes | ").append(without.latencies()).append(" |\n");
            table.append("| round ").append(round).append(", with the probes | ").append(with.latencies()).append(" |\n");
        }
        out.print(table);
        return table.toString();
    }

    /** {@code -Dbenchmark.rows=1,3} runs only those rows (1-based), to try a change quickly. */
    private static List<Row> rows() {
        String only = System.getProperty("benchmark.rows", "");
        if (only.isBlank()) {
            return ROWS;
        }
        return Arrays.stream(only.split(",")).map(String::strip).map(i -> ROWS.get(Integer.parseInt(i) - 1)).toList();
    }

    /**
     * memchaos's figure at most {@code limit} times vegeta's: the generator adds no more than that to what the witness
     * sees. A ratio below 1 (memchaos saw the service faster than vegeta did) is shown, not failed: at 2,000/s and
     * more, vegeta's own client adds to its p99 (docs/performance.md).
     */
    private static boolean within(double ratio, double limit) {
        return ratio > 0 && ratio <= limit;
    }

    private static String flatOutYaml(Duration duration) {
        return "name: latency-flat-out\n" + TARGET + """
                load:
                  simulation: http
                  requests:
                    - method: GET
                      path: /healthz
                  concurrency: %d
                  duration: %dms
                thresholds:
                  - "errors == 0"
                """.formatted(CONNECTIONS, duration.toMillis());
    }

    /**
     * The target idle for 30 s without probes, then 30 s with the memory and runtime probes at their default rates
     * (docker stats about once a second, a Prometheus scrape a second): the difference in the target's CPU time and
     * memory, against what the target used serving 1,000 requests/s.
     */
    private static String probeCost(DockerTarget target, Scenario scenario, double serviceCores, PrintStream out) throws Exception {
        out.println("benchmark: what the probes cost the target (2 × 30 s idle)");
        ContainerCpu cpu = new ContainerCpu(target.containerId());
        Duration window = Duration.ofSeconds(30);
        long c0 = cpu.cpuNanos();
        Thread.sleep(window.toMillis());
        long c1 = cpu.cpuNanos();
        long memoryWithout = cpu.memoryBytes();
        Timeline timeline = new Timeline();
        long c2;
        long c3;
        long memoryWith;
        try (MemoryProbe memory = new MemoryProbe(target, timeline);
             RuntimeProbe runtime = new RuntimeProbe(target.endpoint().resolve(scenario.target().metricsPath()),
                     scenario.target().metrics(), timeline)) {
            c2 = cpu.cpuNanos();
            Thread.sleep(window.toMillis());
            c3 = cpu.cpuNanos();
            memoryWith = cpu.memoryBytes();
        }
        double idle = (c1 - c0) / 1e9 / window.toSeconds();
        double probed = (c3 - c2) / 1e9 / window.toSeconds();
        double cost = probed - idle;
        String table = String.format(Locale.ROOT, """
                | target idle | CPU (cores) | memory (cgroup) |
                | --- | --- | --- |
                | without probes | %.5f | %.1f MiB |
                | with the probes at their default rates | %.5f | %.1f MiB |
                | the probes' cost | %.5f cores (%.2f%% of one core; %.2f%% of the %.3f cores the target used at 1,000 requests/s) | %+.1f MiB |
                """, idle, memoryWithout / 1048576.0, probed, memoryWith / 1048576.0, cost, cost * 100,
                serviceCores > 0 ? cost / serviceCores * 100 : Double.NaN, serviceCores, (memoryWith - memoryWithout) / 1048576.0);
        out.print(table);
        return table;
    }
}
