package dev.memchaos.cli;

import dev.memchaos.api.Memchaos;
import dev.memchaos.api.MemchaosException;
import dev.memchaos.api.ScenarioRun;
import java.nio.file.Path;
import java.time.Duration;
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

    @Option(names = "--warm-up", paramLabel = "DURATION", defaultValue = WarmUpArgument.DEFAULT, description = WarmUpArgument.DESCRIPTION)
    String warmUp;

    @Override
    public Integer call() {
        Path home = ScenarioResolver.home();
        Path file = new ScenarioResolver(home).resolve(scenarioName);
        String baselineRun;
        try {
            baselineRun = baseline == null ? null : RunIdArgument.baseline(baseline);
        } catch (ArgumentException e) {
            throw new ArgumentException("--baseline: " + e.getMessage());
        }
        Duration longestWarmUp = WarmUpArgument.parse(warmUp);
        ScenarioRun run;
        try {
            run = Memchaos.scenario(file);
        } catch (MemchaosException e) {
            ErrorLine.sayEachLine(e.getMessage());
            System.err.println("memchaos: the scenario is invalid; nothing was started.");
            return ExitCode.INVALID_INPUT.code;
        }
        try {
            run = run.withBackend(backendName).withResults(resultsRoot != null ? resultsRoot : home.resolve("results"))
                    .withGeneratorWarmUp(longestWarmUp);
        } catch (MemchaosException e) {
            ErrorLine.sayEachLine("memchaos: " + e.getMessage());
            return RunExecution.exitCode(e.reason()).code;
        }
        return RunExecution.execute(baselineRun == null ? run : run.withBaseline(baselineRun));
    }
}
