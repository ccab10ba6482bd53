package dev.memchaos.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Debian's wrk, the second witness for the highest rate: closed model, its "Requests/sec" line read back. */
final class Wrk {

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");

    private final Path work;

    Wrk(Path work) {
        this.work = work;
    }

    double flatOutPerSecond(URI url, int connections, Duration duration) throws IOException, InterruptedException {
        Path log = work.resolve("wrk.log");
        Processes.run(List.of("wrk", "-t2", "-c" + connections, "-d" + duration.toSeconds() + "s", url.toString()), log);
        Matcher m = RATE.matcher(Files.readString(log));
        if (!m.find()) {
            throw new IOException("wrk printed no Requests/sec line; its output is in " + log);
        }
        return Double.parseDouble(m.group(1));
    }
}
