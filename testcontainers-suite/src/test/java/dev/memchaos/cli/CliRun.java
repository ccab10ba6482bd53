package dev.memchaos.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine;

/** The CLI run in this JVM as {@code main} runs it, its exit code and what it printed. */
record CliRun(int exit, String out, String err) {

    /** Runs {@code memchaos args...} with System.out and System.err captured; not for tests that run in parallel. */
    static CliRun of(String... args) {
        return of(MemchaosCommand::commandLine, args);
    }

    /**
     * Runs a command configured as memchaos's are, as {@code main} runs it. The command line is made once System.out
     * and System.err are captured, as picocli's own writers are made from them.
     */
    static synchronized CliRun of(Supplier<CommandLine> cli, String... args) {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream capturedOut = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream capturedErr = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setOut(capturedOut);
            System.setErr(capturedErr);
            int exit = MemchaosCommand.run(cli.get(), args);
            capturedOut.flush();
            capturedErr.flush();
            return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }

    List<String> errLines() {
        return err.lines().toList();
    }

    /** Both streams, for assertions on everything the user saw. */
    String all() {
        return out + err;
    }
}
