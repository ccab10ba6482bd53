package dev.memchaos.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem found in a scenario file, each placed on its line. */
final class Problems {

    private final FieldLines lines;
    private final List<Problem> found = new ArrayList<>();

    Problems(FieldLines lines) {
        this.lines = lines;
    }

    void add(FieldPath path, String message) {
        addAt(path, lines.lineOf(path), message);
    }

    void addAt(FieldPath path, int line, String message) {
        found.add(new Problem(path.toString(), line, message));
    }

    boolean any() {
        return !found.isEmpty();
    }

    void throwIfAny(String source) throws ScenarioException {
        if (any()) {
            throw new ScenarioException(source, found.stream().sorted(Comparator.comparingInt(Problem::line)).toList());
        }
    }
}
