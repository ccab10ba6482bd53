package dev.memchaos.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A scenario file as a tree of YAML text, for the grammar-based fuzz: scalars are written exactly as given (so a
 * generator chooses between {@code 010} and {@code "010"}), keys too; mappings and lists in block style.
 */
sealed interface YamlNode {

    record Scalar(String text) implements YamlNode {
    }

    record Entry(String key, YamlNode value) {
    }

    record Mapping(List<Entry> entries) implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
        }

        static Mapping of(Object... keysAndValues) {
            List<Entry> entries = new ArrayList<>();
            for (int i = 0; i < keysAndValues.length; i += 2) {
                Object value = keysAndValues[i + 1];
                if (value != null) {
                    entries.add(new Entry((String) keysAndValues[i], value instanceof YamlNode node ? node : new Scalar(value.toString())));
                }
            }
            return new Mapping(entries);
        }
    }

    record Sequence(List<YamlNode> items) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }
    }

    static Scalar scalar(String text) {
        return new Scalar(text);
    }

    /** The YAML text of a document whose root is this node. */
    default String yaml() {
        StringBuilder out = new StringBuilder();
        write(this, 0, out);
        return out.toString();
    }

    /** How many values (mapping values and list items, the root's own included) the tree holds. */
    default int slots() {
        if (this instanceof Mapping m) {
            return 1 + m.entries().stream().mapToInt(e -> e.value().slots()).sum();
        }
        if (this instanceof Sequence s) {
            return 1 + s.items().stream().mapToInt(YamlNode::slots).sum();
        }
        return 1;
    }

    /** The tree with the value at {@code slot} (counted depth first, the root is 0) replaced. */
    default YamlNode replace(int slot, UnaryOperator<YamlNode> with) {
        return replaceAt(this, new int[] {slot}, with);
    }

    /**
     * The key the value at {@code slot} belongs to: its own key in a mapping, or the key of the list it is an item of;
     * null for the root.
     */
    default String keyAt(int slot) {
        return keyAt(this, null, new int[] {slot});
    }

    /** Whether a scalar of exactly this text is the value of a field with this key (or an item of its list). */
    default boolean holds(String key, String text) {
        for (int slot = 0; slot < slots(); slot++) {
            int at = slot;
            boolean[] found = {false};
            replace(at, old -> {
                found[0] = old instanceof Scalar s && s.text().equals(text);
                return old;
            });
            if (found[0] && java.util.Objects.equals(keyAt(at), key)) {
                return true;
            }
        }
        return false;
    }

    /** Whether some mapping in the tree has this key. */
    default boolean hasKey(String key) {
        if (this instanceof Mapping m) {
            return m.entries().stream().anyMatch(e -> e.key().equals(key) || e.value().hasKey(key));
        }
        if (this instanceof Sequence s) {
            return s.items().stream().anyMatch(i -> i.hasKey(key));
        }
        return false;
    }

    private static String keyAt(YamlNode node, String key, int[] slot) {
        if (slot[0]-- == 0) {
            return key;
        }
        if (node instanceof Mapping m) {
            for (Entry e : m.entries()) {
                String found = keyAt(e.value(), e.key(), slot);
                if (slot[0] < 0) {
                    return found;
                }
            }
        } else if (node instanceof Sequence s) {
            for (YamlNode item : s.items()) {
                String found = keyAt(item, key, slot);
                if (slot[0] < 0) {
                    return found;
                }
            }
        }
        return null;
    }

    private static YamlNode replaceAt(YamlNode node, int[] slot, UnaryOperator<YamlNode> with) {
        if (slot[0]-- == 0) {
            return with.apply(node);
        }
        if (node instanceof Mapping m) {
            List<Entry> entries = new ArrayList<>();
            for (Entry e : m.entries()) {
                entries.add(new Entry(e.key(), replaceAt(e.value(), slot, with)));
            }
            return new Mapping(entries);
        }
        if (node instanceof Sequence s) {
            List<YamlNode> items = new ArrayList<>();
            for (YamlNode item : s.items()) {
                items.add(replaceAt(item, slot, with));
            }
            return new Sequence(items);
        }
        return node;
    }

    private static void write(YamlNode node, int indent, StringBuilder out) {
        String pad = " ".repeat(indent);
        if (node instanceof Mapping m) {
            if (m.entries().isEmpty()) {
                out.append(pad).append("{}\n");
            }
            for (Entry e : m.entries()) {
                out.append(pad).append(e.key()).append(':');
                writeValue(e.value(), indent, out);
            }
        } else if (node instanceof Sequence s) {
            if (s.items().isEmpty()) {
                out.append(pad).append("[]\n");
            }
            for (YamlNode item : s.items()) {
                out.append(pad).append('-');
                writeValue(item, indent, out);
            }
        } else {
            out.append(pad).append(((Scalar) node).text()).append('\n');
        }
    }

    /** After {@code key:} or {@code -}: a scalar on the same line, a collection on the lines below. */
    private static void writeValue(YamlNode value, int indent, StringBuilder out) {
        if (value instanceof Scalar s) {
            out.append(s.text().isEmpty() ? "" : " " + s.text()).append('\n');
        } else {
            out.append('\n');
            write(value, indent + 2, out);
        }
    }
}
