package dev.memchaos.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code memchaos}: run and validate chaos-and-load scenarios. */
@Command(name = "memchaos", mixinStandardHelpOptions = true, version = "memchaos 0.1.0",
        description = "Boots memory-limited services, drives them with Gatling and judges them against a scenario's thresholds.",
        subcommands = {RunCommand.class, ReplayCommand.class, ArchiveCommand.class, ValidateCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every threshold held",
            "1:a threshold failed, or a metric regressed beyond its tolerance against the baseline",
            "2:invalid scenario or command line, or a fault this backend cannot inject; nothing was started",
            "3:no usable Docker engine; nothing was started",
            "4:the run could not be carried out",
            "130:interrupted by Ctrl-C (143: by SIGTERM); faults reverted, run archived as interrupted"})
public final class MemchaosCommand {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new MemchaosCommand());
        cli.setExitCodeExceptionMapper(e -> ExitCode.INVALID_INPUT.code);
        return cli;
    }
}
