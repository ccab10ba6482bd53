package dev.memchaos.cli;

import dev.memchaos.archive.ResultsFolder;
import dev.memchaos.archive.RunArchive;
import dev.memchaos.backend.Backend;
import dev.memchaos.backend.EnvironmentException;
import dev.memchaos.journal.RunId;
import dev.memchaos.run.BackendKind;
import dev.memchaos.run.Progress;
import dev.memchaos.run.RunException;
import dev.memchaos.run.RunOptions;
import dev.memchaos.run.RunOutcome;
import dev.memchaos.run.ScenarioRunner;
import dev.memchaos.run.UnsupportedFaultException;
import dev.memchaos.scenario.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One run from the command line, as {@code run} and {@code replay} carry it out: the archive's
 * house-keeping first, then the run with its interrupt handling, the table, and the exit code.
 */
final class RunExecution {

    private RunExecution() {
    }

    /** Marks runs whose harness is gone as abandoned, saying so; an unreadable archive is reported, not fatal. */
    static void sweep(ResultsFolder results, Progress progress) {
        try {
            List<String> abandoned = results.markAbandoned();
            if (!abandoned.isEmpty()) {
                progress.say("marked " + abandoned.size() + " run(s) abandoned (their harness is gone): " + String.join(", ", abandoned));
                results.writeIndex();
            }
        } catch (IOException | UncheckedIOException e) {
            progress.say("could not check " + results.root() + " for abandoned runs: " + e.getMessage());
        }
    }

    static int execute(Scenario scenario, BackendKind kind, ResultsFolder results, RunOptions options) {
        RunId runId = RunId.next(scenario.name());
        AtomicBoolean done = new AtomicBoolean();
        Progress progress = Progress.toStderr();
        try (Backend<?> backend = kind.open(runId, progress)) {
            try {
                ScenarioRunner.requireSupported(scenario, backend.injectors());
            } catch (UnsupportedFaultException e) {
                System.err.println("memchaos: " + e.getMessage() + "; nothing was started.");
                return ExitCode.INVALID_INPUT.code;
            }
            RunArchive archive = results.create(runId);
            ScenarioRunner runner = new ScenarioRunner(backend, archive, progress);
            Thread onSignal = new Thread(() -> {
                if (!done.get()) {
                    System.err.println("memchaos: interrupted; marking run " + runId + " interrupted and removing its containers");
                    runner.interrupt();
                    backend.close();
                }
            }, "memchaos-interrupt");
            Runtime.getRuntime().addShutdownHook(onSignal);
            RunOutcome outcome = runner.run(scenario, runId, options);
            done.set(true);
            System.out.println();
            System.out.print(ResultTable.render(outcome.summary(), outcome.archiveDir()));
            System.out.println("all runs: " + results.root().resolve(ResultsFolder.INDEX));
            return outcome.verdict().pass() ? ExitCode.PASS.code : ExitCode.THRESHOLDS_FAILED.code;
        } catch (EnvironmentException e) {
            System.err.println("memchaos: " + e.getMessage());
            return ExitCode.ENVIRONMENT.code;
        } catch (RunException e) {
            done.set(true);
            System.err.println("memchaos: the run failed: " + e.getMessage());
            return ExitCode.RUN_ERROR.code;
        } catch (IOException | UncheckedIOException e) {
            done.set(true);
            System.err.println("memchaos: " + e.getMessage());
            return ExitCode.RUN_ERROR.code;
        } catch (RuntimeException e) {
            done.set(true);
            System.err.println("memchaos: the run failed unexpectedly: " + e);
            return ExitCode.RUN_ERROR.code;
        }
    }
}
