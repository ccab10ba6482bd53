package dev.memchaos.cli;

import dev.memchaos.archive.ResultsFolder;
import dev.memchaos.run.BackendKind;
import dev.memchaos.run.Baselines;
import dev.memchaos.run.Progress;
import dev.memchaos.run.RunOptions;
import dev.memchaos.scenario.Scenario;
import dev.memchaos.scenario.ScenarioException;
import dev.memchaos.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code memchaos run}: one scenario, every variant, judged and archived; optionally gated against a baseline run. */
@Command(name = "run", description = "Run a scenario: every variant under load, judged against its thresholds, archived under results/.")
final class RunCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SCENARIO", description = "a scenario file, or a name from chaos-scenarios/ (e.g. parse-1200-keys)")
    String scenarioName;

    @Option(names = "--backend", paramLabel = "NAME", defaultValue = "docker",
            description = "where targets run: docker (default), or k3s (a single-node Kubernetes booted by Testcontainers)")
    String backendName;

    @Option(names = "--results", paramLabel = "DIR", description = "where runs are archived (default: results/ of the memchaos checkout)")
    Path resultsRoot;

    @Option(names = "--baseline", paramLabel = "RUN",
            description = "compare with an archived run (a run id, or last-pass: the newest passing run of this scenario on this backend) "
                    + "and fail where a metric moved beyond the scenario's regression: tolerances")
    String baseline;

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
        ResultsFolder results = new ResultsFolder(resultsRoot != null ? resultsRoot : home.resolve("results"));
        RunExecution.sweep(results, Progress.toStderr());
        RunOptions options = RunOptions.defaults();
        if (baseline != null) {
            try {
                options = options.withBaseline(Baselines.resolve(results, baseline, scenario.name(), kind.id));
            } catch (IllegalArgumentException | IOException e) {
                System.err.println("memchaos: --baseline: " + e.getMessage() + "; nothing was started.");
                return ExitCode.INVALID_INPUT.code;
            }
            if (scenario.regression().tolerances().isEmpty()) {
                System.err.println("memchaos: --baseline: " + scenario.name() + " declares no regression: tolerances, "
                        + "so nothing will fail for a regression; the report shows the two runs side by side.");
            }
        }
        return RunExecution.execute(scenario, kind, results, options);
    }
}
