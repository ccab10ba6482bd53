package dev.memchaos.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/**
 * {@code memchaos}: run and validate chaos-and-load scenarios. Its help options, version and exit codes are inherited
 * by every subcommand ({@code memchaos run --help}).
 */
@Command(name = "memchaos", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true, version = "memchaos 0.1.0",
        description = "Boots memory-limited services, drives them with Gatling and judges them against a scenario's thresholds.",
        subcommands = {RunCommand.class, ReplayCommand.class, ArchiveCommand.class, ValidateCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every threshold held",
            "1:a threshold failed, or a metric regressed beyond its tolerance against the baseline",
            "2:invalid scenario or command line, or a fault this backend cannot inject; nothing was started",
            "3:no usable Docker engine; nothing was started",
            "4:the run could not be carried out, or memchaos met a bug (the message says where its trace is)",
            "130:interrupted by Ctrl-C (143: by SIGTERM); faults reverted, run archived as interrupted"})
public final class MemchaosCommand {

    public static void main(String[] args) {
        System.exit(run(commandLine(), args));
    }

    static CommandLine commandLine() {
        return configure(new CommandLine(new MemchaosCommand()), UnexpectedErrors.inTemporaryFolder());
    }

    /**
     * The handlers every memchaos command line has: a bad argument is one sentence and exit 2 ({@link InvalidArguments},
     * {@link ArgumentException}), a path that cannot be one is refused where it is parsed ({@link PathArgument}), and a
     * bug is one line and exit 4 ({@link UnexpectedErrors}), never a stack trace. An argument is what it says: picocli's
     * {@code @FILE} (read the file as more arguments) is off, as it echoed any file line by line and hung on a FIFO.
     */
    static CommandLine configure(CommandLine cli, UnexpectedErrors errors) {
        cli.setExpandAtFiles(false);
        cli.registerConverter(Path.class, new PathArgument());
        cli.setParameterExceptionHandler(new InvalidArguments());
        cli.setExecutionExceptionHandler(errors);
        return cli;
    }

    /** Runs the command line; what escapes picocli (an {@link Error} such as OutOfMemoryError) is still one line and exit 4. */
    static int run(CommandLine cli, String... args) {
        try {
            return cli.execute(args);
        } catch (Exception | Error e) {
            UnexpectedErrors errors = (UnexpectedErrors) cli.getExecutionExceptionHandler();
            return errors.handle(e, commandRun(cli));
        }
    }

    /** The name of the (sub)command the arguments chose, such as {@code memchaos run}. */
    private static String commandRun(CommandLine cli) {
        ParseResult parsed = cli.getParseResult();
        if (parsed == null) {
            return cli.getCommandSpec().qualifiedName();
        }
        while (parsed.hasSubcommand()) {
            parsed = parsed.subcommand();
        }
        return parsed.commandSpec().qualifiedName();
    }
}
