package dev.memchaos.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Builds the tree of values of one YAML document from the parser's events, each value as written: text stays text
 * (a value the YAML 1.2 core schema reads as a number or boolean is a {@link WrittenScalar} of its text; {@code ~},
 * {@code null} and nothing are null), and records the line of every field. Aliases are resolved, as YAML means them,
 * while the values they expand to stay under {@link #MAX_VALUES}. What would be read otherwise than as written is
 * refused with its line: a second document, a merge key, a tag, a key that is a list or a mapping.
 */
final class YamlTree {

    /** Deeper than a scenario ever nests (requests[0].headers.Name is four), far below what a stack holds. */
    static final int MAX_DEPTH = 50;
    /** Values, keys included, that a file may hold with its aliases expanded; a scenario holds a few hundred. */
    static final int MAX_VALUES = 100_000;
    private static final ScalarResolver CORE = new CoreSchema().getScalarResolver();
    private static final int OPEN = -1;

    private final String source;
    private final FieldLines lines = new FieldLines();
    private final Deque<Open> open = new ArrayDeque<>();
    private final Map<String, Anchored> anchors = new HashMap<>();
    private JsonNode root;
    private int documents;
    private int values;

    /** A list or mapping being read; {@code key} is the key whose value comes next, null while a key comes next. */
    private static final class Open {
        final ContainerNode<?> node;
        final FieldPath path;
        final Optional<String> anchor;
        int size = 1;
        String key;
        int keyLine;

        Open(ContainerNode<?> node, FieldPath path, Optional<String> anchor) {
            this.node = node;
            this.path = path;
            this.anchor = anchor;
        }
    }

    /** The value an anchor names, and how many values it holds ({@link #OPEN} while it is being read). */
    private record Anchored(JsonNode node, int size) {
    }

    /** Where the next value goes: a key of the open mapping, or the value at {@code path}. */
    private record Slot(boolean key, FieldPath path) {
    }

    private YamlTree(String source) {
        this.source = source;
    }

    /** The document's values, empty for a file without one (empty, or only comments). */
    static Optional<YamlDocument> read(Parser parser, String source) throws ScenarioException {
        YamlTree tree = new YamlTree(source);
        while (parser.hasNext()) {
            tree.take(parser.next());
        }
        return Optional.ofNullable(tree.root).map(root -> new YamlDocument(root, tree.lines));
    }

    private void take(Event event) throws ScenarioException {
        int line = event.getStartMark().map(mark -> mark.getLine() + 1).orElse(0);
        switch (event.getEventId()) {
            case DocumentStart -> {
                if (++documents > 1) {
                    throw refused(FieldPath.ROOT, line, "a second YAML document starts here; a file holds one"
                            + " scenario, so move it to a file of its own");
                }
            }
            case Scalar -> scalar((ScalarEvent) event, line);
            case Alias -> alias((AliasEvent) event, line);
            case MappingStart, SequenceStart -> start((CollectionStartEvent) event, line);
            case MappingEnd, SequenceEnd -> end();
            default -> {
                // the stream's start and end, a document's end, and comments carry no value
            }
        }
    }

    private void scalar(ScalarEvent event, int line) throws ScenarioException {
        Slot slot = slot();
        count(slot, line, 1, Optional.empty());
        JsonNode node = scalarNode(event, slot, line);
        event.getAnchor().ifPresent(anchor -> anchors.put(anchor.getValue(), new Anchored(node, 1)));
        if (slot.key()) {
            if (event.isPlain() && event.getValue().equals("<<")) {
                throw refused(slot.path(), line, "merge keys (<<) are YAML 1.1 and are not read; write the fields out");
            }
            key(event.getValue(), line);
        } else {
            place(slot, node, line, 1);
        }
    }

    private JsonNode scalarNode(ScalarEvent event, Slot slot, int line) throws ScenarioException {
        Tag written = event.getTag().filter(tag -> !tag.equals("!")).map(Tag::new).orElse(null);
        Tag read = event.isPlain() ? CORE.resolve(event.getValue(), true) : Tag.STR;
        if (written != null && !written.equals(Tag.STR) && !written.equals(read)) {
            throw tagRefused(slot.path(), line, written);
        }
        if (Tag.STR.equals(written) || !event.isPlain()) {
            return TextNode.valueOf(event.getValue());
        }
        if (read.equals(Tag.NULL)) {
            return NullNode.getInstance();
        }
        if (read.equals(Tag.BOOL)) {
            return WrittenScalar.bool(event.getValue());
        }
        if (read.equals(Tag.INT) || read.equals(Tag.FLOAT)) {
            return WrittenScalar.number(event.getValue());
        }
        return TextNode.valueOf(event.getValue());
    }

    private void alias(AliasEvent event, int line) throws ScenarioException {
        Slot slot = slot();
        String name = event.getAlias().getValue();
        Anchored anchored = anchors.get(name);
        if (anchored == null) {
            throw refused(slot.path(), line, "the alias *" + name + " names no anchor (&" + name + ") above it;"
                    + " write the anchor before the alias, or write the value out");
        }
        if (anchored.size() == OPEN) {
            throw refused(slot.path(), line, "the alias *" + name + " is inside the value it names, so it would"
                    + " never end; write the value out");
        }
        count(slot, line, anchored.size(), Optional.of(name));
        if (slot.key()) {
            if (anchored.node().isContainerNode()) {
                throw refused(slot.path(), line, "a key must be a single value, not a list or a mapping");
            }
            key(anchored.node().isNull() ? "" : anchored.node().asText(), line);
        } else {
            place(slot, anchored.node(), line, anchored.size());
        }
    }

    private void start(CollectionStartEvent event, int line) throws ScenarioException {
        Slot slot = slot();
        boolean mapping = event.getEventId() == Event.ID.MappingStart;
        if (slot.key()) {
            throw refused(slot.path(), line, "a key must be a single value, not a list or a mapping");
        }
        if (open.size() >= MAX_DEPTH) {
            throw refused(slot.path(), line, "values are nested more than " + MAX_DEPTH + " deep; a scenario needs"
                    + " a few levels");
        }
        Optional<Tag> tag = event.getTag().filter(t -> !t.equals("!")).map(Tag::new);
        if (tag.isPresent() && !tag.get().equals(mapping ? Tag.MAP : Tag.SEQ)) {
            throw tagRefused(slot.path(), line, tag.get());
        }
        count(slot, line, 1, Optional.empty());
        ContainerNode<?> node = mapping ? JsonNodeFactory.instance.objectNode() : JsonNodeFactory.instance.arrayNode();
        FieldPath path = place(slot, node, line, 0);
        Optional<String> anchor = event.getAnchor().map(a -> a.getValue());
        anchor.ifPresent(name -> anchors.put(name, new Anchored(node, OPEN)));
        open.push(new Open(node, path, anchor));
    }

    private void end() {
        Open closed = open.pop();
        closed.anchor.ifPresent(name -> anchors.computeIfPresent(name,
                (n, anchored) -> anchored.node() == closed.node ? new Anchored(closed.node, closed.size) : anchored));
        if (!open.isEmpty()) {
            open.peek().size += closed.size;
        }
    }

    private Slot slot() {
        Open parent = open.peek();
        if (parent == null) {
            return new Slot(false, FieldPath.ROOT);
        }
        if (parent.node instanceof ArrayNode list) {
            return new Slot(false, parent.path.at(list.size()));
        }
        return parent.key == null ? new Slot(true, parent.path) : new Slot(false, parent.path.child(parent.key));
    }

    private void key(String key, int line) {
        Open mapping = open.peek();
        mapping.key = key;
        mapping.keyLine = line;
        mapping.size++;
    }

    /** Puts the value in its place and records its line: for a field, the line of its key. */
    private FieldPath place(Slot slot, JsonNode node, int line, int size) {
        Open parent = open.peek();
        if (parent == null) {
            root = node;
            lines.record(FieldPath.ROOT, line);
        } else if (parent.node instanceof ArrayNode list) {
            lines.record(slot.path(), line);
            list.add(node);
        } else {
            ObjectNode mapping = (ObjectNode) parent.node;
            if (mapping.has(parent.key)) {
                lines.repeat(slot.path(), parent.keyLine);
            } else {
                lines.record(slot.path(), parent.keyLine);
            }
            mapping.set(parent.key, node);
            parent.key = null;
        }
        if (parent != null) {
            parent.size += size;
        }
        return slot.path();
    }

    private void count(Slot slot, int line, int size, Optional<String> alias) throws ScenarioException {
        values += size;
        if (values > MAX_VALUES) {
            throw refused(slot.path(), line, alias.isPresent()
                    ? "the aliases (*" + alias.get() + " and those it holds) expand to more than " + MAX_VALUES
                    + " values; a scenario holds a few hundred: write the values out, or use fewer aliases"
                    : "the file holds more than " + MAX_VALUES + " values; a scenario holds a few hundred");
        }
    }

    private ScenarioException tagRefused(FieldPath at, int line, Tag tag) {
        String shown = tag.getValue().startsWith(Tag.PREFIX) ? "!!" + tag.getValue().substring(Tag.PREFIX.length())
                : tag.getValue();
        return refused(at, line, "the tag " + shown + " would change how the value is read; remove it (values are read"
                + " as written: put text in quotes)");
    }

    private ScenarioException refused(FieldPath at, int line, String message) {
        return new ScenarioException(source, List.of(new Problem(at.toString(), line, message)));
    }
}
