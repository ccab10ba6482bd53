package dev.memchaos.cli;

import dev.memchaos.api.MemchaosException;
import dev.memchaos.api.RunResult;
import dev.memchaos.api.ScenarioRun;
import dev.memchaos.archive.ResultsFolder;

/**
 * One run from the command line, as {@code run} and {@code replay} carry it out through the
 * library's {@link ScenarioRun}: the run, then the table, and the exit code. What else it throws is a bug, for
 * {@link UnexpectedErrors}.
 */
final class RunExecution {

    private RunExecution() {
    }

    static int execute(ScenarioRun run) {
        try {
            RunResult result = run.run();
            System.out.println();
            System.out.print(ResultTable.render(result.summary(), result.folder()));
            System.out.println("all runs: " + run.results().resolve(ResultsFolder.INDEX));
            return result.passed() ? ExitCode.PASS.code : ExitCode.THRESHOLDS_FAILED.code;
        } catch (MemchaosException e) {
            ErrorLine.sayEachLine("memchaos: " + e.getMessage());
            return exitCode(e.reason()).code;
        }
    }

    static ExitCode exitCode(MemchaosException.Reason reason) {
        return switch (reason) {
            case INVALID_INPUT -> ExitCode.INVALID_INPUT;
            case ENVIRONMENT -> ExitCode.ENVIRONMENT;
            case RUN_ERROR -> ExitCode.RUN_ERROR;
        };
    }
}
