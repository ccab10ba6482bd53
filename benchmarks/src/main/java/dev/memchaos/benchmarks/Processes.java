package dev.memchaos.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs a witness's command to its end, its output in a log file; a failure names the command and the log. */
final class Processes {

    private Processes() {
    }

    static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int status = process.waitFor();
        if (status != 0) {
            throw new IOException(String.join(" ", command) + " failed with status " + status + ": "
                    + Files.readString(log).strip());
        }
    }
}
