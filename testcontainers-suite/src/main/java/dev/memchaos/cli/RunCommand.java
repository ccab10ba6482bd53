package dev.memchaos.cli;

import dev.memchaos.archive.RunArchive;
import dev.memchaos.backend.Backend;
import dev.memchaos.backend.EnvironmentException;
import dev.memchaos.run.BackendKind;
import dev.memchaos.run.Progress;
import dev.memchaos.run.RunException;
import dev.memchaos.run.RunId;
import dev.memchaos.run.RunOutcome;
import dev.memchaos.run.ScenarioRunner;
import dev.memchaos.run.UnsupportedFaultException;
import dev.memchaos.scenario.Scenario;
import dev.memchaos.scenario.ScenarioException;
import dev.memchaos.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code memchaos run}: one scenario, every variant, judged and archived. */
@Command(name = "run", description = "Run a scenario: every variant under load, judged against its thresholds, archived under results/.")
final class RunCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SCENARIO", description = "a scenario file, or a name from chaos-scenarios/ (e.g. parse-1200-keys)")
    String scenarioName;

    @Option(names = "--backend", paramLabel = "NAME", defaultValue = "docker",
            description = "where targets run: docker (default), or k3s (a single-node Kubernetes booted by Testcontainers)")
    String backendName;

    @Option(names = "--results", paramLabel = "DIR", description = "where runs are archived (default: results/ of the memchaos checkout)")
    Path resultsRoot;

    @Override
    public Integer call() {
        BackendKind kind;
        try {
            kind = BackendKind.of(backendName);
        } catch (IllegalArgumentException e) {
            System.err.println("memchaos: --backend: " + e.getMessage() + "; nothing was started.");
            return ExitCode.INVALID_INPUT.code;
        }
        Path home = ScenarioResolver.home();
        Scenario scenario;
        try {
            scenario = ScenarioLoader.load(new ScenarioResolver(home).resolve(scenarioName));
        } catch (ScenarioException e) {
            System.err.println(e.getMessage());
            System.err.println("memchaos: the scenario is invalid; nothing was started.");
            return ExitCode.INVALID_INPUT.code;
        }
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
            RunArchive archive = RunArchive.create(resultsRoot != null ? resultsRoot : home.resolve("results"), runId);
            ScenarioRunner runner = new ScenarioRunner(backend, archive, progress);
            Thread onSignal = new Thread(() -> {
                if (!done.get()) {
                    System.err.println("memchaos: interrupted; marking run " + runId + " interrupted and removing its containers");
                    runner.interrupt();
                    backend.close();
                }
            }, "memchaos-interrupt");
            Runtime.getRuntime().addShutdownHook(onSignal);
            RunOutcome outcome = runner.run(scenario, runId);
            done.set(true);
            System.out.println();
            System.out.print(ResultTable.render(outcome.summary(), outcome.archiveDir()));
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
