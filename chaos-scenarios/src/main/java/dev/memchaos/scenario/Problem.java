package dev.memchaos.scenario;

import java.util.Objects;

/**
 * One thing wrong with a scenario file: where it is (field path, 1-based line) and what to do about it. The path and
 * the message are made {@link Printable} here, the one place every problem passes, as both may carry text from the
 * file: field names, values.
 */
public record Problem(String path, int line, String message) {

    public Problem {
        path = Printable.of(Objects.requireNonNull(path, "path"));
        message = Printable.of(Objects.requireNonNull(message, "message"));
    }

    /** The problem as one line naming the source, like {@code bad.yaml:4: target.memory: expected a size ...}. */
    String describe(String source) {
        StringBuilder text = new StringBuilder(Printable.of(source));
        if (line > 0) {
            text.append(':').append(line);
        }
        text.append(": ");
        if (!path.isEmpty()) {
            text.append(path).append(": ");
        }
        return text.append(message).toString();
    }
}
