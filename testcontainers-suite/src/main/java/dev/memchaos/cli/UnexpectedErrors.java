package dev.memchaos.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * What a command throws instead of returning its exit code. An {@link ArgumentException} is an argument that cannot
 * be used: its sentence, exit 2. Anything else is a bug in memchaos: one line saying so, with where its full trace was
 * written (a file in {@code folder}, the temporary folder), exit 4; the trace itself is not printed.
 */
final class UnexpectedErrors implements IExecutionExceptionHandler {

    private final Path folder;

    UnexpectedErrors(Path folder) {
        this.folder = folder;
    }

    static UnexpectedErrors inTemporaryFolder() {
        return new UnexpectedErrors(Path.of(System.getProperty("java.io.tmpdir")));
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        return handle(e, cli.getCommandSpec().qualifiedName());
    }

    /** Also for what escapes picocli (an {@link Error} such as OutOfMemoryError); {@code command} names the command. */
    int handle(Throwable thrown, String command) {
        if (thrown instanceof ArgumentException e) {
            ErrorLine.say(command, e.getMessage());
            return ExitCode.INVALID_INPUT.code;
        }
        ErrorLine.say(command, "an internal error stopped the command (" + summary(thrown) + "); this is a bug in memchaos: "
                + traceWritten(thrown));
        return ExitCode.RUN_ERROR.code;
    }

    private static String summary(Throwable thrown) {
        StringBuilder text = new StringBuilder(thrown.getClass().getName());
        if (thrown.getMessage() != null) {
            text.append(": ").append(thrown.getMessage());
        }
        StackTraceElement[] trace = thrown.getStackTrace();
        if (trace.length > 0) {
            text.append(" at ").append(trace[0]);
        }
        return text.toString();
    }

    private String traceWritten(Throwable thrown) {
        try {
            StringWriter trace = new StringWriter();
            thrown.printStackTrace(new PrintWriter(trace));
            Path file = Files.createTempFile(folder, "memchaos-error-", ".txt");
            Files.writeString(file, trace.toString(), StandardCharsets.UTF_8);
            return "the full trace is in " + file + "; please report it with that file";
        } catch (Exception | Error e) {
            return "its trace could not be written to " + folder + " (" + e + "); run again to see whether it recurs";
        }
    }
}
