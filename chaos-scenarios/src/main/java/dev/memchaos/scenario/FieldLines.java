package dev.memchaos.scenario;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The 1-based line of every field and list item in a YAML text, and the keys written more than once. */
final class FieldLines {

    private final Map<FieldPath, Integer> lines = new HashMap<>();
    private final Map<FieldPath, Integer> repeated = new LinkedHashMap<>();

    /** The value at this path is on this line: for a field, the line of its key. The first line given counts. */
    void record(FieldPath path, int line) {
        lines.putIfAbsent(path, line);
    }

    /** The key at the end of this path is written again, on this line. */
    void repeat(FieldPath path, int line) {
        repeated.putIfAbsent(path, line);
    }

    /** The line of the value at this path, or of the nearest enclosing value that is in the file. */
    int lineOf(FieldPath path) {
        for (FieldPath p = path; p != null; p = p.parent()) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
        }
        return 1;
    }

    Map<FieldPath, Integer> repeated() {
        return repeated;
    }
}
