package dev.memchaos.run;

import dev.memchaos.archive.Harnesses;
import dev.memchaos.archive.RunArchive;
import dev.memchaos.backend.Backend;
import dev.memchaos.backend.DeployException;
import dev.memchaos.chaos.Injectors;
import dev.memchaos.journal.RunId;
import dev.memchaos.journal.Summary;
import dev.memchaos.journal.SummaryMeasurements;
import dev.memchaos.load.LoadException;
import dev.memchaos.scenario.Check;
import dev.memchaos.scenario.FaultSpec;
import dev.memchaos.scenario.RegressionGate;
import dev.memchaos.scenario.Scenario;
import dev.memchaos.scenario.Variant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs every variant of a scenario on one backend, judges the thresholds (and, given a
 * baseline, the scenario's regression tolerances) and journals the run in its archive.
 * The archive always says where the run stands: "running" from the start, then
 * "completed", "error" or (through {@link #interrupt()}) "interrupted".
 */
public final class ScenarioRunner {

    private final Backend<?> backend;
    private final RunArchive archive;
    private final Progress progress;
    private final AtomicReference<Summary> summary = new AtomicReference<>();
    private final AtomicBoolean finished = new AtomicBoolean();
    private final ChaosRegistry chaos = new ChaosRegistry();

    public ScenarioRunner(Backend<?> backend, RunArchive archive, Progress progress) {
        this.backend = backend;
        this.archive = archive;
        this.progress = progress;
    }

    /** Refuses, in one sentence, a scenario asking for faults the backend cannot inject; call before anything starts. */
    public static void requireSupported(Scenario scenario, Injectors<?> injectors) {
        for (int i = 0; i < scenario.faults().size(); i++) {
            FaultSpec fault = scenario.faults().get(i);
            if (!injectors.faultTypes().contains(fault.type())) {
                throw new UnsupportedFaultException("faults[" + i + "]: " + injectors.refusal(fault.type()));
            }
        }
    }

    public RunOutcome run(Scenario scenario, RunId runId) throws RunException {
        return run(scenario, runId, RunOptions.defaults());
    }

    public RunOutcome run(Scenario scenario, RunId runId, RunOptions options) throws RunException {
        requireSupported(scenario, backend.injectors());
        Summary running = Summary.started(runId.value(), scenario.name(), backend.name(), Instant.now().toString(),
                Harnesses.current(), options.seed(), options.replayOf(),
                options.baseline().map(RunOptions.BaselineRun::journal).orElse(null));
        summary.set(running);
        write(() -> {
            archive.writeScenario(scenario.source(), scenario.load().files());
            archive.writeSummary(running);
        });
        progress.say("run " + runId + " archived in " + archive.dir());
        options.baseline().ifPresent(b -> progress.say(b.summary().isPresent()
                ? "baseline: run " + b.summary().get().runId() + " (" + b.requested() + ")"
                : "baseline: " + b.note()));
        List<VariantResult> results = new ArrayList<>();
        VariantRun<?> variantRun = new VariantRun<>(backend, progress, chaos, options, archive);
        try {
            for (Variant variant : scenario.variants()) {
                results.add(variantRun.run(scenario, variant, archive::gatlingFolder));
            }
        } catch (DeployException | LoadException e) {
            finish(runId, Summary.ERROR, null, e.getMessage(), results, new Verdict(List.of()));
            throw new RunException(e.getMessage(), e);
        } catch (RuntimeException e) {
            String message = "unexpected failure: " + (e.getMessage() == null ? e.getClass().getName() : e.getMessage());
            finish(runId, Summary.ERROR, null, message, results, new Verdict(List.of()));
            throw new RunException(message, e);
        }
        ResultMeasurements measured = new ResultMeasurements(results);
        List<Check> checks = new ArrayList<>(scenario.thresholds().evaluate(measured));
        options.baseline().flatMap(RunOptions.BaselineRun::summary).ifPresent(baseline ->
                checks.addAll(RegressionGate.compare(scenario.regression(), measured, new SummaryMeasurements(baseline),
                        baseline.runId())));
        Verdict verdict = new Verdict(checks);
        Summary done = finish(runId, Summary.COMPLETED, verdict.pass() ? "pass" : "fail", null, results, verdict);
        return new RunOutcome(done, verdict, List.copyOf(results), archive.dir());
    }

    /** Marks an unfinished run as interrupted (Ctrl-C, SIGTERM); does nothing once the run has finished. */
    public void interrupt() {
        chaos.revertAll();
        Summary current = summary.get();
        if (current != null && finished.compareAndSet(false, true)) {
            write(() -> archive.writeSummary(current.finished(Summary.INTERRUPTED, Instant.now().toString(), null,
                    "the run was interrupted before it finished", current.variants())));
        }
    }

    private Summary finish(RunId runId, String status, String verdictText, String error, List<VariantResult> results,
                           Verdict verdict) {
        Summary done = summary.get().finished(status, Instant.now().toString(), verdictText, error,
                RunJournal.variants(results, verdict, archive.dir()));
        if (finished.compareAndSet(false, true)) {
            summary.set(done);
            write(() -> {
                archive.writeTimeline(RunJournal.timeline(runId, results));
                archive.writeSummary(done);
            });
        }
        return done;
    }

    private interface ArchiveWrite {
        void run() throws IOException;
    }

    private static void write(ArchiveWrite write) {
        try {
            write.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the run archive: " + e.getMessage(), e);
        }
    }
}
