package dev.memchaos.scenario;

import java.util.Objects;

/** One thing wrong with a scenario file: where it is (field path, 1-based line) and what to do about it. */
public record Problem(String path, int line, String message) {

    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    String describe(String source) {
        StringBuilder text = new StringBuilder(source);
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
