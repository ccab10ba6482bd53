package dev.memchaos.benchmarks;

import dev.memchaos.backend.docker.DockerBackend;
import dev.memchaos.backend.docker.DockerTarget;
import dev.memchaos.journal.RunId;
import dev.memchaos.scenario.Scenario;
import dev.memchaos.simulations.JsonObjectBody;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark, not a test: one row of {@link LatencyBenchmark} as a sequence of steps in one JVM, printing the shape of
 * each step's latencies, to see how memchaos's tail moves against vegeta's between the JVM's first load and later
 * ones ({@code benchmarks/latency steps m,v,m,v}; docs/performance.md). The row's target is deployed and warmed by
 * vegeta for 20 s first, with the run's probes on throughout. Steps:
 * <ul>
 *   <li>{@code m}: memchaos's load, measured (the JVM's first also runs the generator's warm-up against its sink);</li>
 *   <li>{@code v}: vegeta, the same ramp and rate, measured;</li>
 *   <li>{@code w}: memchaos's load, not measured;</li>
 *   <li>{@code n}: a fresh target in place of the current one, warmed by vegeta for 20 s;</li>
 *   <li>{@code i}: 20 s without load.</li>
 * </ul>
 */
public final class LatencySteps {

    private static final Duration IDLE = Duration.ofSeconds(20);

    public static void main(String[] args) throws Exception {
        String steps = System.getProperty("benchmark.steps", "m,v,m,v");
        if (!steps.matches("[mvwni](,[mvwni])*")) {
            System.err.println("benchmark: steps are letters among m, v, w, n and i separated by commas (e.g. m,v,m,v), got " + steps);
            System.exit(2);
        }
        String rowText = System.getProperty("benchmark.row", "1").strip();
        int rowNumber = rowText.matches("[1-9]") ? Integer.parseInt(rowText) : 0;
        if (rowNumber < 1 || rowNumber > LatencyBenchmark.ROWS.size()) {
            System.err.println("benchmark: the row (BENCHMARK_ROW) is a number from 1 to " + LatencyBenchmark.ROWS.size()
                    + ", got '" + rowText + "'");
            System.exit(2);
        }
        LatencyBenchmark.Row row = LatencyBenchmark.ROWS.get(rowNumber - 1);
        Duration duration = Duration.ofSeconds(Long.getLong("benchmark.seconds", 20));
        Path work = Files.createDirectories(Path.of(System.getProperty("benchmark.work", "benchmarks/target/latency-work")));
        try (BenchmarkLock lock = BenchmarkLock.take(work)) {
            PrintStream out = System.out;
            Path log = work.resolve("gatling-console.log");
            System.setOut(new PrintStream(new FileOutputStream(log.toFile()), true, StandardCharsets.UTF_8));
            Vegeta vegeta = new Vegeta(System.getProperty("benchmark.vegeta", "vegeta"), work);
            Scenario scenario = MemchaosSide.scenario(row.yaml(duration));
            Path body = Files.writeString(work.resolve("body-" + row.keys() + ".json"), JsonObjectBody.withKeys(row.keys()));
            out.println("benchmark: row " + rowNumber + " (" + row.rate() + "/s, " + row.keys() + " keys, ramp "
                    + row.ramp().toSeconds() + " s), steps " + steps + ", " + duration.toSeconds() + " s each (Gatling's console: " + log + ")");
            List<String> names = new ArrayList<>();
            List<TailShape> shapes = new ArrayList<>();
            try (MemchaosSide memchaos = new MemchaosSide(new DockerBackend(RunId.next("latency-steps")), work, line -> out.println("benchmark: " + line))) {
                WarmTarget current = WarmTarget.start(memchaos, scenario, vegeta, body, row.rate());
                try {
                    int i = 0;
                    for (String step : steps.split(",")) {
                        i++;
                        out.println("benchmark: step " + i + " (" + step + ")");
                        switch (step) {
                            case "m" -> {
                                names.add(i + ". memchaos");
                                shapes.add(TailShape.of(memchaos.load(scenario, current.target(),
                                        new ContainerCpu(current.target().containerId())).micros()));
                            }
                            case "v" -> {
                                vegeta.postRamped(current.url(), body, row.rate(), row.ramp(), duration);
                                names.add(i + ". vegeta");
                                shapes.add(TailShape.of(vegeta.lastLatencies()));
                            }
                            case "w" -> memchaos.load(scenario, current.target(), new ContainerCpu(current.target().containerId()));
                            case "n" -> {
                                WarmTarget fresh = WarmTarget.start(memchaos, scenario, vegeta, body, row.rate());
                                current.close();
                                current = fresh;
                            }
                            case "i" -> Thread.sleep(IDLE.toMillis());
                            default -> throw new IllegalStateException(step);
                        }
                    }
                } finally {
                    current.close();
                }
            }
            out.println(TailShape.HEADER);
            for (int k = 0; k < shapes.size(); k++) {
                String ratio = "";
                if (names.get(k).endsWith("memchaos") && k + 1 < shapes.size() && names.get(k + 1).endsWith("vegeta")) {
                    ratio = String.format(Locale.ROOT, "%.2f", shapes.get(k).p99Us() / shapes.get(k + 1).p99Us());
                }
                out.println(shapes.get(k).row(names.get(k), ratio));
            }
        }
        System.exit(0);
    }

    /** A fresh target with the run's probes on, after vegeta has warmed it at the row's rate. */
    private record WarmTarget(DockerTarget target, Probes probes, URI url) implements AutoCloseable {

        static WarmTarget start(MemchaosSide memchaos, Scenario scenario, Vegeta vegeta, Path body, int rate) throws Exception {
            DockerTarget target = memchaos.deploy(scenario);
            Probes probes = Probes.start(scenario, target);
            URI url = target.loadEndpoint().resolve("/parse");
            vegeta.post(url, body, rate, LatencyBenchmark.TARGET_WARM_UP);
            return new WarmTarget(target, probes, url);
        }

        @Override
        public void close() {
            probes.close();
            target.close();
        }
    }
}
