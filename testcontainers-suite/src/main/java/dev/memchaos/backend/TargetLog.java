package dev.memchaos.backend;

import java.time.Instant;
import java.util.function.BiConsumer;

/**
 * A target whose output (stdout and stderr) can be read back with the time the runtime logged each line: Docker's
 * log driver, the kubelet's container log. Lines are handed over one at a time as they are read, never gathered.
 */
public interface TargetLog {

    /**
     * Every line the target wrote from {@code since} until now, each with its log timestamp, in order; returns when
     * the log read so far has been handed over. A log that cannot be read (the target is gone) hands over nothing.
     */
    void readLog(Instant since, BiConsumer<Instant, String> line);

    /** A line as logs with timestamps carry it, {@code 2026-05-01T12:00:00.123456789Z text}; null when it has none. */
    static Instant timestampOf(String line) {
        int space = line.indexOf(' ');
        if (space < 20 || space > 40) {
            return null;
        }
        try {
            return Instant.parse(line.substring(0, space));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
