package dev.memchaos.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** One YAML mapping being read field by field; every problem goes to {@link Problems} instead of stopping. */
final class YamlObject {

    private final ObjectNode node;
    private final FieldPath path;
    private final Problems problems;

    private YamlObject(ObjectNode node, FieldPath path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    static Optional<YamlObject> of(JsonNode node, FieldPath path, Problems problems) {
        if (node instanceof ObjectNode object) {
            return Optional.of(new YamlObject(object, path, problems));
        }
        problems.add(path, "expected a mapping of fields, got " + describe(node));
        return Optional.empty();
    }

    FieldPath path(String field) {
        return path.child(field);
    }

    List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    void allowOnly(Collection<String> known) {
        for (String field : fieldNames()) {
            if (!known.contains(field)) {
                problems.add(path(field), "unknown field; " + Suggestions.didYouMean(field, known,
                        "expected one of " + String.join(", ", known)));
            }
        }
    }

    /** The value of a field, empty when the field is absent or written without a value. */
    Optional<JsonNode> get(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    <T> Optional<T> required(String field, String what, Function<String, T> parse) {
        if (get(field).isEmpty()) {
            problems.add(path(field), "is required: " + what);
            return Optional.empty();
        }
        return optional(field, parse);
    }

    <T> Optional<T> optional(String field, Function<String, T> parse) {
        return get(field).flatMap(value -> scalar(path(field), value, parse));
    }

    Optional<YamlObject> requiredObject(String field, String what) {
        if (get(field).isEmpty()) {
            problems.add(path(field), "is required: " + what);
            return Optional.empty();
        }
        return of(node.get(field), path(field), problems);
    }

    /** A mapping field that may be left out, empty when absent; a value that is not a mapping is a problem. */
    Optional<YamlObject> optionalObject(String field) {
        return get(field).flatMap(value -> of(value, path(field), problems));
    }

    /**
     * A true/false field, empty when absent; any other value is a problem. The booleans are those of the YAML 1.2
     * core schema, unquoted: true, True, TRUE, false, False, FALSE ({@link WrittenScalar}); yes, on, "true" are not.
     */
    Optional<Boolean> bool(String field) {
        return get(field).flatMap(value -> {
            if (value.isBoolean()) {
                return Optional.of(value.booleanValue());
            }
            problems.add(path(field), "expected true or false, got " + describe(value));
            return Optional.empty();
        });
    }

    /** A list field, empty when absent; a value that is not a list is a problem. */
    Optional<List<JsonNode>> list(String field) {
        return get(field).flatMap(value -> {
            if (!value.isArray()) {
                problems.add(path(field), "expected a list, got " + describe(value));
                return Optional.empty();
            }
            List<JsonNode> items = new ArrayList<>();
            value.forEach(items::add);
            return Optional.of(items);
        });
    }

    /** A mapping of names to text, like env; every value is its text as written, and nothing ({@code ~}) is empty. */
    Map<String, String> textMap(String field) {
        Map<String, String> map = new LinkedHashMap<>();
        Optional<JsonNode> value = get(field);
        if (value.isEmpty()) {
            return map;
        }
        if (!value.get().isObject()) {
            problems.add(path(field), "expected a mapping of names to values like {NAME: value}, got "
                    + describe(value.get()));
            return map;
        }
        value.get().properties().forEach(entry -> {
            JsonNode v = entry.getValue();
            if (v.isContainerNode()) {
                problems.add(path(field).child(entry.getKey()), "expected a single value, got " + describe(v));
            } else {
                map.put(entry.getKey(), v.isNull() ? "" : v.asText());
            }
        });
        return map;
    }

    <T> Optional<T> scalar(FieldPath at, JsonNode value, Function<String, T> parse) {
        if (value.isContainerNode()) {
            problems.add(at, "expected a single value, got " + describe(value));
            return Optional.empty();
        }
        String text = value.asText();
        try {
            return Optional.of(parse.apply(text));
        } catch (IllegalArgumentException e) {
            problems.add(at, withExcerpt(e.getMessage(), text));
            return Optional.empty();
        }
    }

    /** The message with a long value it quotes shown as its start; {@link Problem} escapes the rest. */
    private static String withExcerpt(String message, String value) {
        if (value.length() <= 2 * Printable.EXCERPT) {
            return message;
        }
        String excerpt = Printable.excerpt(value, Printable.EXCERPT);
        String stripped = value.strip();
        return message.replace(value, excerpt).replace(stripped, Printable.excerpt(stripped, Printable.EXCERPT));
    }

    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return "nothing";
        }
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isArray()) {
            return "a list";
        }
        String shown = Printable.excerpt(node.asText(), Printable.EXCERPT);
        return node.isTextual() ? "\"" + shown + "\"" : shown;
    }
}
