package dev.memchaos.load;

import com.typesafe.config.ConfigFactory;
import dev.memchaos.scenario.DurationText;
import dev.memchaos.simulations.HttpLoad;
import dev.memchaos.simulations.HttpSimulation;
import dev.memchaos.simulations.LoadParameters;
import dev.memchaos.simulations.LoadSpec;
import dev.memchaos.simulations.ResponseTimes;
import io.gatling.app.Gatling$;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs a scenario's load with Gatling embedded in this JVM. Gatling instantiates the
 * simulation itself, so the load's parameters travel as system properties ({@link LoadParameters},
 * {@link LoadSpec#parameterProperties()}; an {@code http} load's requests as a JSON file beside the
 * run's Gatling results, {@link dev.memchaos.simulations.HttpLoad}), set for the run and cleared
 * after it. One load at a time per JVM; the first load of each simulation in a JVM is preceded by a warm-up of the
 * generator against a sink ({@link GeneratorWarmUp}).
 *
 * <p>The responses are those the simulation recorded into {@link ResponseTimes}: every reference
 * workload and {@code http} do, a user simulation does through {@link ResponseTimes#recorded}. A user
 * simulation that records nothing is read from Gatling's report instead ({@link GatlingReportStats}):
 * its request and error counts and the percentiles the report shows, without a per-second series.
 */
public final class GatlingLoad {

    static final String HTTP_LOAD_FILE = "http-load.json";

    /** The longest the generator warms up before a simulation's first load in this JVM, unless told otherwise. */
    public static final Duration LONGEST_WARM_UP = GeneratorWarmUp.Limits.DEFAULT.longest();

    private static final Object ONE_AT_A_TIME = new Object();

    /**
     * Gatling's data writers, overridden for a run without reports (a warm-up round) to the file writer alone: its
     * console summary would repeat every round. Gatling reads its configuration from system properties, through
     * Typesafe Config's cache of them.
     */
    private static final String ONLY_WRITER = "gatling.data.writers.0";

    private final Consumer<String> say;
    private final GeneratorWarmUp.Limits warmUpLimits;

    public GatlingLoad() {
        this(line -> { });
    }

    /** {@code say} hears what the load does besides the measured run (its generator's warm-up). */
    public GatlingLoad(Consumer<String> say) {
        this(say, GeneratorWarmUp.Limits.DEFAULT);
    }

    /**
     * A load whose generator warms up for at most {@code longestWarmUp} before a simulation's first load in this JVM
     * (zero: none, and the first load runs with a cold generator).
     */
    public GatlingLoad(Consumer<String> say, Duration longestWarmUp) {
        this(say, GeneratorWarmUp.Limits.DEFAULT.upTo(longestWarmUp));
    }

    GatlingLoad(Consumer<String> say, GeneratorWarmUp.Limits warmUpLimits) {
        this.say = say;
        this.warmUpLimits = warmUpLimits;
    }

    public LoadResult run(LoadSpec load, URI baseUrl, Path resultsFolder, String description, long seed) throws LoadException {
        String simulationClass = simulationClass(load);
        synchronized (ONE_AT_A_TIME) {
            warmUp(load, simulationClass, seed);
            ResponseTimes.reset();
            Instant start = Instant.now();
            try {
                int status = gatling(load, simulationClass, baseUrl, resultsFolder, description, seed, true);
                Instant end = Instant.now();
                if (status != 0 && status != 2) {
                    throw new LoadException("Gatling stopped with status " + status + " running " + load.simulation(), null);
                }
                Optional<Path> report = findReport(resultsFolder);
                return new LoadResult(responses(load, report), report, start, end);
            } catch (LoadException e) {
                throw e;
            } catch (Exception e) {
                // Gatling (Scala) may throw checked exceptions it does not declare, e.g. a simulation's constructor failing.
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                throw new LoadException("Gatling could not run the " + load.simulation() + " simulation: " + cause.getMessage(), e);
            }
        }
    }

    /**
     * Warms the generator for this load now, if its simulation has not run in this JVM yet, so that a later
     * {@link #run} starts at once: whoever starts a clock with the load (a chaos timeline, probes) calls this before
     * starting it, or the warm-up would run on that clock and the load would begin late on it. {@link #run} warms up
     * by itself otherwise.
     */
    public void warmUp(LoadSpec load, long seed) throws LoadException {
        String simulationClass = simulationClass(load);
        synchronized (ONE_AT_A_TIME) {
            warmUp(load, simulationClass, seed);
        }
    }

    /**
     * The generator's warm-up ({@link GeneratorWarmUp}), when this simulation has not run in this JVM yet: rounds
     * against a sink until the JIT is quiet, each round said with how busy the JIT was at its end.
     */
    private void warmUp(LoadSpec load, String simulationClass, long seed) throws LoadException {
        Optional<LoadSpec> first = GeneratorWarmUp.warmUpFor(load, simulationClass, warmUpLimits);
        if (first.isEmpty()) {
            return;
        }
        LoadSpec round = first.get();
        say.accept("warming up the load generator against a sink in this JVM (the target sees none of it; not measured): "
                + round.pacing().describe() + " in rounds of " + DurationText.format(round.duration())
                + " until the JIT compiler is quiet (under " + Math.round(warmUpLimits.quietMillisPerSecond())
                + " ms of compiling per second), at most " + DurationText.format(warmUpLimits.longest()));
        Path folder = null;
        long began = System.nanoTime();
        try (GeneratorWarmUp.Sink sink = new GeneratorWarmUp.Sink()) {
            folder = Files.createTempDirectory("memchaos-warm-up");
            for (int n = 1; ; n++) {
                Optional<JitActivity> jit = JitActivity.watch();
                int status;
                double compiling;
                try {
                    status = gatling(round, simulationClass, sink.url(), folder.resolve("round-" + n), "warm-up", seed, false);
                    compiling = jit.map(JitActivity::recentMillisPerSecond).orElse(0.0);
                } finally {
                    jit.ifPresent(JitActivity::close);
                }
                if (status != 0 && status != 2) {
                    say.accept("the load generator's warm-up stopped with Gatling status " + status + "; the load starts cold");
                    return;
                }
                Duration elapsed = Duration.ofNanos(System.nanoTime() - began);
                Optional<Duration> next = warmUpLimits.nextRound(elapsed, compiling);
                say.accept(warmUpProgress(warmUpLimits, n, elapsed, jit.isPresent(), compiling, next.isPresent()));
                if (next.isEmpty()) {
                    break;
                }
                round = new LoadSpec(round.source(), round.pacing(), round.rampUp(), next.get());
            }
            GeneratorWarmUp.warmed(simulationClass);
        } catch (IOException e) {
            say.accept("the load generator's warm-up could not run (" + e.getMessage() + "); the load starts cold");
        } catch (Exception e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new LoadException("Gatling could not run the " + load.simulation() + " simulation: " + cause.getMessage(), e);
        } finally {
            ResponseTimes.reset();
            deleteQuietly(folder);
        }
    }

    /** One line on a warm-up round: how long so far, how busy the JIT was, and what comes next. */
    static String warmUpProgress(GeneratorWarmUp.Limits limits, int round, Duration elapsed, boolean jitMeasured, double compiling,
                                  boolean another) {
        String so = "warm-up round " + round + " (" + elapsed.toSeconds() + " s): ";
        if (!jitMeasured) {
            return so + "this JVM does not report its JIT's compiling time; the load starts after this round";
        }
        String jit = "the JIT compiled " + Math.round(compiling) + " ms per second";
        if (another) {
            return so + jit + "; another round";
        }
        if (compiling < limits.quietMillisPerSecond()) {
            return so + jit + ", quiet; the load starts";
        }
        return so + jit + ", still busy at the warm-up's limit of " + limits.longest().toSeconds()
                + " s; the load starts, and its first seconds may carry the JIT's time";
    }

    /** One Gatling run of {@code load} against {@code baseUrl}; its parameters as system properties, cleared after. */
    private static int gatling(LoadSpec load, String simulationClass, URI baseUrl, Path resultsFolder, String description,
                               long seed, boolean reports) throws IOException {
        Map<String, String> properties = new LinkedHashMap<>(new LoadParameters(baseUrl.toString(),
                load.pacing(), load.rampUp(), load.duration()).toSystemProperties());
        properties.putAll(load.parameterProperties());
        properties.put(LoadParameters.SEED, Long.toString(seed));
        try {
            Files.createDirectories(resultsFolder);
            if (load.source() instanceof LoadSpec.Http http) {
                Path file = resultsFolder.resolve(HTTP_LOAD_FILE).toAbsolutePath();
                http.load().resolvedAgainst(http.folder()).write(file);
                properties.put(HttpLoad.PROPERTY, file.toString());
            }
            List<String> args = new ArrayList<>(List.of(
                    "--simulation", simulationClass,
                    "--results-folder", resultsFolder.toAbsolutePath().toString(),
                    "--run-description", description));
            if (!reports) {
                args.add("--no-reports");
                properties.put(ONLY_WRITER, "file");
            }
            properties.forEach(System::setProperty);
            ConfigFactory.invalidateCaches();
            return Gatling$.MODULE$.fromArgs(args.toArray(String[]::new));
        } finally {
            properties.keySet().forEach(System::clearProperty);
            ConfigFactory.invalidateCaches();
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }

    private static String simulationClass(LoadSpec load) {
        if (load.source() instanceof LoadSpec.Named named) {
            return named.workload().simulation().getName();
        }
        if (load.source() instanceof LoadSpec.UserSimulation user) {
            return user.className();
        }
        return HttpSimulation.class.getName();
    }

    /** What the simulation recorded; for a user simulation that recorded nothing, what Gatling's report says. */
    private static Responses responses(LoadSpec load, Optional<Path> report) throws LoadException {
        ResponseTimes.Snapshot recorded = ResponseTimes.snapshot();
        if (recorded.requests() > 0 || !(load.source() instanceof LoadSpec.UserSimulation) || report.isEmpty()) {
            return Responses.recorded(recorded);
        }
        try {
            return GatlingReportStats.read(report.get());
        } catch (IOException e) {
            throw new LoadException("could not read the results of " + load.simulation() + " from Gatling's report: "
                    + e.getMessage(), e);
        }
    }

    private static Optional<Path> findReport(Path resultsFolder) throws IOException {
        try (Stream<Path> files = Files.walk(resultsFolder, 2)) {
            List<Path> reports = new ArrayList<>(files.filter(p -> p.getFileName().toString().equals("index.html")).toList());
            reports.sort(null);
            return reports.isEmpty() ? Optional.empty() : Optional.of(reports.get(reports.size() - 1));
        }
    }
}
