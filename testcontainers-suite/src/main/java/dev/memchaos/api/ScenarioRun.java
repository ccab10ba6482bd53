package dev.memchaos.api;

import dev.memchaos.api.MemchaosException.Reason;
import dev.memchaos.archive.ResultsFolder;
import dev.memchaos.archive.RunArchive;
import dev.memchaos.backend.Backend;
import dev.memchaos.backend.EnvironmentException;
import dev.memchaos.journal.RunId;
import dev.memchaos.load.GatlingLoad;
import dev.memchaos.run.BackendKind;
import dev.memchaos.run.Baselines;
import dev.memchaos.run.Progress;
import dev.memchaos.run.RunException;
import dev.memchaos.run.RunOptions;
import dev.memchaos.run.RunOutcome;
import dev.memchaos.run.ScenarioRunner;
import dev.memchaos.run.UnsupportedFaultException;
import dev.memchaos.scenario.DurationText;
import dev.memchaos.scenario.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One scenario, ready to run: where (backend), where it is archived, and how (seed, baseline).
 * Immutable; each {@code withX} returns a new one. {@link #run()} carries the run out the way
 * {@code bin/memchaos run} does: runs whose harness is gone are marked abandoned first, every
 * fault is reverted and every container removed whatever happens (Ctrl-C included), and the
 * run is archived with its report.
 */
public final class ScenarioRun {

    /** Where runs are archived unless {@link #withResults} says otherwise: a Maven project's build folder. */
    public static final Path DEFAULT_RESULTS = Path.of("target", "memchaos-results");

    private final Scenario scenario;
    private final BackendKind backend;
    private final Path results;
    private final RunOptions options;
    private final Optional<String> baseline;
    private final Progress progress;

    private ScenarioRun(Scenario scenario, BackendKind backend, Path results, RunOptions options, Optional<String> baseline,
                        Progress progress) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.backend = backend;
        this.results = results;
        this.options = options;
        this.baseline = baseline;
        this.progress = progress;
    }

    static ScenarioRun of(Scenario scenario) {
        return new ScenarioRun(scenario, BackendKind.DOCKER, DEFAULT_RESULTS, RunOptions.defaults(), Optional.empty(),
                Progress.toStderr());
    }

    public Scenario scenario() {
        return scenario;
    }

    public BackendKind backend() {
        return backend;
    }

    public Path results() {
        return results;
    }

    /** {@code docker} (the default) or {@code k3s}. */
    public ScenarioRun withBackend(String name) {
        try {
            return new ScenarioRun(scenario, BackendKind.of(name), results, options, baseline, progress);
        } catch (IllegalArgumentException e) {
            throw new MemchaosException(Reason.INVALID_INPUT, "--backend: " + e.getMessage() + "; nothing was started.", e);
        }
    }

    public ScenarioRun withBackend(BackendKind kind) {
        return new ScenarioRun(scenario, Objects.requireNonNull(kind, "backend"), results, options, baseline, progress);
    }

    /** The folder runs are archived in (one sub-folder per run, and {@code index.html}). */
    public ScenarioRun withResults(Path folder) {
        return new ScenarioRun(scenario, backend, Objects.requireNonNull(folder, "results folder"), options, baseline, progress);
    }

    /** The seed of the workload's random choices (a random one by default). */
    public ScenarioRun withSeed(long seed) {
        return new ScenarioRun(scenario, backend, results, options.withSeed(seed), baseline, progress);
    }

    /**
     * The longest the load generator warms up, against a sink in this JVM, before a simulation's first load here
     * ({@link GatlingLoad#LONGEST_WARM_UP} by default: rounds until the JIT compiler is quiet, docs/performance.md).
     * Zero for none: the first load then runs with a cold generator, whose own compiling shows in its latencies at
     * low rates.
     */
    public ScenarioRun withGeneratorWarmUp(Duration longest) {
        if (Objects.requireNonNull(longest, "warm-up").isNegative()) {
            throw new MemchaosException(Reason.INVALID_INPUT, "the load generator's warm-up cannot be negative, got "
                    + DurationText.format(longest) + "; nothing was started.", null);
        }
        return new ScenarioRun(scenario, backend, results, options.withGeneratorWarmUp(longest), baseline, progress);
    }

    /** Compare with an archived run (a run id, or {@code last-pass}) by the scenario's {@code regression:} tolerances. */
    public ScenarioRun withBaseline(String run) {
        return new ScenarioRun(scenario, backend, results, options, Optional.of(run), progress);
    }

    /** Marks this run as a replay of {@code runId}, with that run's seed. */
    public ScenarioRun replaying(String runId, long seed) {
        return new ScenarioRun(scenario, backend, results, options.replaying(runId, seed), baseline, progress);
    }

    /** Where the run says what it is doing (stderr by default). */
    public ScenarioRun withProgress(Progress sink) {
        return new ScenarioRun(scenario, backend, results, options, baseline, Objects.requireNonNull(sink, "progress"));
    }

    /**
     * Runs every variant and judges the run. A failed threshold is not an exception: it is in
     * {@link RunResult#passed()}. Throws {@link MemchaosException} when the run cannot be judged.
     */
    public RunResult run() {
        ResultsFolder folder = new ResultsFolder(results);
        sweep(folder);
        RunOptions resolved = withResolvedBaseline(folder);
        RunId runId = RunId.next(scenario.name());
        AtomicBoolean done = new AtomicBoolean();
        try (Backend<?> opened = backend.open(runId, progress)) {
            try {
                ScenarioRunner.requireSupported(scenario, opened.injectors());
            } catch (UnsupportedFaultException e) {
                throw new MemchaosException(Reason.INVALID_INPUT, e.getMessage() + "; nothing was started.", e);
            }
            RunArchive archive = folder.create(runId);
            ScenarioRunner runner = new ScenarioRunner(opened, archive, progress);
            Thread onSignal = new Thread(() -> {
                if (!done.get()) {
                    progress.say("interrupted; marking run " + runId + " interrupted and removing its containers");
                    runner.interrupt();
                    opened.close();
                }
            }, "memchaos-interrupt");
            Runtime.getRuntime().addShutdownHook(onSignal);
            try {
                RunOutcome outcome = runner.run(scenario, runId, resolved);
                return new RunResult(outcome.summary(), outcome.verdict().checks(), outcome.archiveDir());
            } finally {
                done.set(true);
                removeHook(onSignal);
            }
        } catch (EnvironmentException e) {
            throw new MemchaosException(Reason.ENVIRONMENT, e.getMessage(), e);
        } catch (RunException e) {
            throw new MemchaosException(Reason.RUN_ERROR, "the run failed: " + e.getMessage(), e);
        } catch (IOException | UncheckedIOException e) {
            throw new MemchaosException(Reason.RUN_ERROR, e.getMessage(), e);
        }
    }

    private RunOptions withResolvedBaseline(ResultsFolder folder) {
        if (baseline.isEmpty()) {
            return options;
        }
        RunOptions.BaselineRun resolved;
        try {
            resolved = Baselines.resolve(folder, baseline.get(), scenario.name(), backend.id);
        } catch (IllegalArgumentException | IOException e) {
            throw new MemchaosException(Reason.INVALID_INPUT, "--baseline: " + e.getMessage() + "; nothing was started.", e);
        }
        if (scenario.regression().tolerances().isEmpty()) {
            progress.say("--baseline: " + scenario.name() + " declares no regression: tolerances, "
                    + "so nothing will fail for a regression; the report shows the two runs side by side.");
        }
        return options.withBaseline(resolved);
    }

    /** Marks runs whose harness is gone as abandoned, saying so; an unreadable archive is reported, not fatal. */
    private void sweep(ResultsFolder folder) {
        try {
            List<String> abandoned = folder.markAbandoned();
            if (!abandoned.isEmpty()) {
                progress.say("marked " + abandoned.size() + " run(s) abandoned (their harness is gone): " + String.join(", ", abandoned));
                folder.writeIndex();
            }
        } catch (IOException | UncheckedIOException e) {
            progress.say("could not check " + folder.root() + " for abandoned runs: " + e.getMessage());
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is already exiting: the hook runs and finds the run done
        }
    }
}
