package dev.memchaos.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The CLI run in this JVM as {@code main} runs it, its exit code and what it printed. What a run prints is captured
 * per thread: System.out and System.err are replaced once by streams that write to the running thread's buffers (or,
 * outside a run, where they wrote before), so runs on several threads, or one that never ends, keep apart.
 */
record CliRun(int exit, String out, String err) {

    private static final ThreadLocal<ByteArrayOutputStream> OUT = new ThreadLocal<>();
    private static final ThreadLocal<ByteArrayOutputStream> ERR = new ThreadLocal<>();

    static {
        System.setOut(new PrintStream(new ToThisThread(OUT, System.out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new ToThisThread(ERR, System.err), true, StandardCharsets.UTF_8));
    }

    /** Runs {@code memchaos args...}. */
    static CliRun of(String... args) {
        return of(MemchaosCommand::commandLine, args);
    }

    /** Runs a command configured as memchaos's are, as {@code main} runs it. */
    static CliRun of(Supplier<CommandLine> cli, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        OUT.set(out);
        ERR.set(err);
        try {
            int exit = MemchaosCommand.run(cli.get(), args);
            System.out.flush();
            System.err.flush();
            return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            OUT.remove();
            ERR.remove();
        }
    }

    List<String> errLines() {
        return err.lines().toList();
    }

    /** Both streams, for assertions on everything the user saw. */
    String all() {
        return out + err;
    }

    /** Writes to the running thread's buffer, if it has one, else to where the stream wrote before. */
    private static final class ToThisThread extends OutputStream {
        private final ThreadLocal<ByteArrayOutputStream> buffer;
        private final OutputStream before;

        ToThisThread(ThreadLocal<ByteArrayOutputStream> buffer, OutputStream before) {
            this.buffer = buffer;
            this.before = before;
        }

        private OutputStream target() {
            OutputStream own = buffer.get();
            return own != null ? own : before;
        }

        @Override
        public void write(int b) throws IOException {
            target().write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            target().write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            target().flush();
        }
    }
}
