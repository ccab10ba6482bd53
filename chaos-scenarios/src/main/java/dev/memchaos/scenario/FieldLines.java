package dev.memchaos.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The 1-based line of every field and list item in a YAML text, and the keys written more than once. */
final class FieldLines {

    private final Map<FieldPath, Integer> lines = new HashMap<>();
    private final Map<FieldPath, Integer> repeated = new LinkedHashMap<>();

    private FieldLines() {
    }

    static FieldLines scan(YAMLFactory factory, String text) throws IOException {
        FieldLines found = new FieldLines();
        try (JsonParser parser = factory.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                FieldPath path = pathOf(parser.getParsingContext());
                int line = parser.currentTokenLocation().getLineNr();
                if (token == JsonToken.FIELD_NAME && found.lines.containsKey(path)) {
                    found.repeated.putIfAbsent(path, line);
                } else {
                    found.lines.putIfAbsent(path, line);
                }
            }
        }
        return found;
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

    private static FieldPath pathOf(JsonStreamContext context) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        FieldPath path = FieldPath.ROOT;
        for (JsonStreamContext c : chain) {
            if (c.inObject() && c.getCurrentName() != null) {
                path = path.child(c.getCurrentName());
            } else if (c.inArray() && c.hasCurrentIndex()) {
                path = path.at(c.getCurrentIndex());
            }
        }
        return path;
    }
}
