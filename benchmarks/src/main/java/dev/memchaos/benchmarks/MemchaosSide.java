package dev.memchaos.benchmarks;

import dev.memchaos.backend.DeployException;
import dev.memchaos.backend.Deployment;
import dev.memchaos.backend.LocalImages;
import dev.memchaos.backend.docker.DockerBackend;
import dev.memchaos.backend.docker.DockerTarget;
import dev.memchaos.load.GatlingLoad;
import dev.memchaos.load.Latencies;
import dev.memchaos.load.LoadResult;
import dev.memchaos.load.Responses;
import dev.memchaos.metrics.GcTrace;
import dev.memchaos.scenario.Scenario;
import dev.memchaos.scenario.ScenarioException;
import dev.memchaos.scenario.ScenarioLoader;
import dev.memchaos.scenario.TargetSpec;
import dev.memchaos.simulations.PerSecond;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.HdrHistogram.Histogram;

/**
 * memchaos's side of the benchmark, as a run does it: the target deployed by the Docker backend (with the
 * {@code GODEBUG=gctrace=1} a run adds), and a scenario's load run by {@link GatlingLoad} against the target's load
 * endpoint, as {@code VariantRun} runs it.
 */
final class MemchaosSide implements AutoCloseable {

    private final DockerBackend backend;
    private final Path work;
    private final GatlingLoad gatling;
    private final Consumer<String> say;
    private int loads;

    /** {@code say} hears what the load does besides the measured run, as a run's progress does (the generator's warm-up). */
    MemchaosSide(DockerBackend backend, Path work, Consumer<String> say) {
        this.backend = backend;
        this.work = work;
        this.gatling = new GatlingLoad(say);
        this.say = say;
    }

    static Scenario scenario(String yaml) throws ScenarioException {
        return ScenarioLoader.parse(yaml, "benchmark scenario", Path.of("."));
    }

    DockerTarget deploy(Scenario scenario) throws DeployException {
        TargetSpec spec = scenario.targetFor(scenario.variants().get(0));
        spec = spec.withEnv(GcTrace.enable(spec.env(), LocalImages.env(spec.image(), GcTrace.GODEBUG).orElse(null)));
        return backend.deploy(Deployment.of(spec, "benchmark", List.of()));
    }

    /** The scenario's load against {@code target} (the caller keeps the run's probes sampling meanwhile). */
    Measured load(Scenario scenario, DockerTarget target, ContainerCpu cpu) throws Exception {
        gatling.warmUp(scenario.load(), 1);
        HarnessActivity activity = HarnessActivity.now();
        long cpuBefore = cpu.cpuNanos();
        LoadResult result = gatling.run(scenario.load(), target.loadEndpoint(), work.resolve("gatling-" + (++loads)),
                scenario.name(), 1);
        long cpuAfter = cpu.cpuNanos();
        double seconds = (result.endedAt().toEpochMilli() - result.startedAt().toEpochMilli()) / 1000.0;
        say.accept("... memchaos's load: " + activity.since(seconds) + "; " + slowestSecond(result.responses().perSecond()));
        return new Measured(figures(result.responses()), result.responses().latency(), (cpuAfter - cpuBefore) / 1e9 / seconds);
    }

    /** The second of the load with the highest p99, to tell a tail spread over the load from one bad second. */
    private static String slowestSecond(List<PerSecond.Bucket> buckets) {
        if (buckets.isEmpty()) {
            return "no per-second series";
        }
        long first = buckets.get(0).epochSecond();
        PerSecond.Bucket worst = buckets.stream().max(Comparator.comparingDouble(PerSecond.Bucket::p99Ms)).orElseThrow();
        double median = buckets.stream().mapToDouble(PerSecond.Bucket::p99Ms).sorted().skip(buckets.size() / 2).findFirst().orElse(0);
        return String.format(Locale.ROOT, "per-second p99 median %.3f ms, highest %.3f ms at second %d (max %.3f ms)",
                median, worst.p99Ms(), worst.epochSecond() - first, worst.maxMs());
    }

    private static ClientFigures figures(Responses responses) {
        double p50 = responses.latency().percentileMs(50).orElse(-1);
        double p99 = responses.latency().percentileMs(99).orElse(-1);
        return new ClientFigures(p50 < 0 ? -1 : p50 * 1000, p99 < 0 ? -1 : p99 * 1000, responses.requests(),
                responses.failed(), innerSecondsRate(responses.perSecond()));
    }

    /** Responses per second over the whole seconds of the load (the first and last are partial). */
    private static double innerSecondsRate(List<PerSecond.Bucket> buckets) {
        if (buckets.size() < 3) {
            return -1;
        }
        List<PerSecond.Bucket> inner = buckets.subList(1, buckets.size() - 1);
        return inner.stream().mapToLong(b -> b.ok() + b.failed()).sum() / (double) inner.size();
    }

    /** memchaos's figures, its latencies, and the CPU the target used meanwhile, in cores. */
    record Measured(ClientFigures figures, Latencies latencies, double targetCores) {

        /** Every latency of the load, in microseconds (the benchmark's simulations record each one). */
        Histogram micros() {
            if (!(latencies instanceof Latencies.Recorded recorded)) {
                throw new IllegalStateException("the benchmark's simulations record every latency; got only Gatling's report");
            }
            return recorded.micros();
        }
    }

    @Override
    public void close() {
        backend.close();
    }
}
