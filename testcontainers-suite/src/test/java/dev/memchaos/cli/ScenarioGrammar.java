package dev.memchaos.cli;

import dev.memchaos.cli.HostileValues.Hostile;
import dev.memchaos.cli.YamlNode.Entry;
import dev.memchaos.cli.YamlNode.Mapping;
import dev.memchaos.cli.YamlNode.Scalar;
import dev.memchaos.cli.YamlNode.Sequence;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Scenario files built field by field from the format the README documents (target with its image, port, memory,
 * env and downstream; variants; load with each simulation and its parameters; faults of every type; thresholds;
 * hypothesis; regression), then given one or more hostile edits: a value replaced by a {@link HostileValues hostile
 * one}, a field added that is none, a field removed, or the file given a second document, a BOM, CRLF line ends or
 * tabs.
 */
final class ScenarioGrammar {

    private ScenarioGrammar() {
    }

    /** A scenario file with at least one hostile edit. */
    static Arbitrary<FuzzedFile> hostileFiles() {
        return Combinators.combine(scenarios(), edits().list().ofMinSize(1).ofMaxSize(3), fileEdits().list().ofMaxSize(1))
                .as((scenario, edits, fileEdits) -> {
                    YamlNode tree = scenario;
                    List<String> applied = new ArrayList<>();
                    List<Edit.Refusal> refusals = new ArrayList<>();
                    for (Edit edit : edits) {
                        edit.refusal(tree).ifPresent(refusals::add);
                        tree = edit.apply(tree);
                        applied.add(edit.toString());
                    }
                    YamlNode result = tree;
                    List<String> mustBeRefused = new ArrayList<>(refusals.stream().filter(r -> r.stillIn(result))
                            .map(Edit.Refusal::reason).toList());
                    String text = tree.yaml();
                    for (FileEdit edit : fileEdits) {
                        text = edit.apply(text);
                        applied.add(edit.toString());
                        if (edit.mustBeRefused()) {
                            mustBeRefused.add(edit.kind());
                        }
                    }
                    return new FuzzedFile("grammar: " + String.join("; ", applied), text.getBytes(StandardCharsets.UTF_8),
                            mustBeRefused);
                });
    }

    // The valid scenario the edits start from.

    static Arbitrary<YamlNode> scenarios() {
        Arbitrary<List<String>> variantNames = Arbitraries.of("unsized", "sized", "mutex", "a", "v-2").set().ofMinSize(1)
                .ofMaxSize(3).map(List::copyOf);
        return variantNames.flatMap(names -> Combinators.combine(
                        Arbitraries.of("parse-1200-keys", "fuzz", "x-1"),
                        target(), variants(names), load(), faults(), thresholds(names), optional(hypothesis()),
                        optional(regression()))
                .as((name, target, variants, load, faults, thresholds, hypothesis, regression) -> Mapping.of(
                        "name", name, "description", "a generated scenario", "target", target, "variants", variants,
                        "load", load, "faults", faults, "thresholds", thresholds, "hypothesis", hypothesis,
                        "regression", regression)));
    }

    private static <T> Arbitrary<T> optional(Arbitrary<T> value) {
        return value.injectNull(0.5);
    }

    private static Arbitrary<YamlNode> target() {
        return Combinators.combine(Arbitraries.of("memchaos/mapsvc:local", "registry.local:5000/team/svc:1.2", "svc"),
                        Arbitraries.of("8080", "9000", "1"), Arbitraries.of("128MiB", "64MiB", "1GiB", "512MiB"),
                        Arbitraries.of("/healthz", "/health").injectNull(0.5), env().injectNull(0.5), downstream().injectNull(0.7))
                .as((image, port, memory, health, env, downstream) -> Mapping.of("image", image, "port", port, "memory", memory,
                        "healthPath", health, "metricsPath", "/metrics", "env", env, "downstream", downstream));
    }

    private static Arbitrary<YamlNode> env() {
        return Arbitraries.of("GOGC", "GOMEMLIMIT", "MAP_SIZING", "STORE").set().ofMaxSize(3)
                .map(keys -> new Mapping(keys.stream().map(k -> new Entry(k, YamlNode.scalar("\"100\""))).toList()));
    }

    private static Arbitrary<YamlNode> downstream() {
        return Arbitraries.of("8080", "9000").map(port -> Mapping.of("image", "memchaos/mapsvc:local", "port", port,
                "path", "/healthz", "memory", "64MiB", "urlEnv", "INVENTORY_URL"));
    }

    private static Arbitrary<YamlNode> variants(List<String> names) {
        return Arbitraries.of("unsized", "sized", "mutex", "sharded").list().ofSize(names.size()).map(values ->
                new Sequence(IntStream.range(0, names.size()).mapToObj(i -> (YamlNode) Mapping.of("name", names.get(i),
                        "env", Mapping.of("MAP_SIZING", values.get(i)), "memory", i == 1 ? "96MiB" : null)).toList()));
    }

    private static Arbitrary<YamlNode> load() {
        Arbitrary<Mapping> source = Arbitraries.of(
                Mapping.of("simulation", "parse", "keys", "1200"),
                Mapping.of("simulation", "kv", "ops", "2000", "writes", "50", "keyspace", "100000"),
                Mapping.of("simulation", "churn", "batch", "100"),
                Mapping.of("simulation", "append", "elements", "1000"),
                Mapping.of("simulation", "http", "requests", new Sequence(List.of(
                        Mapping.of("name", "put", "method", "PUT", "path", "\"/orders/#{seq}\"",
                                "headers", Mapping.of("Content-Type", "application/json"), "body", "'{\"id\": #{seq}}'",
                                "expect", "[200, 202]", "weight", "3"),
                        Mapping.of("name", "health", "path", "/healthz")))),
                Mapping.of("simulation", "com.acme.CheckoutSimulation", "region", "eu"));
        Arbitrary<Mapping> pacing = Arbitraries.of(Mapping.of("rate", "100/s"), Mapping.of("concurrency", "8"),
                Mapping.of("rate", "20"));
        return Combinators.combine(source, pacing, Arbitraries.of("5s", "2s").injectNull(0.3), Arbitraries.of("30s", "23s", "1m"))
                .as((s, p, rampUp, duration) -> {
                    List<Entry> entries = new ArrayList<>(s.entries());
                    entries.addAll(p.entries());
                    entries.addAll(Mapping.of("rampUp", rampUp, "duration", duration).entries());
                    return new Mapping(entries);
                });
    }

    private static Arbitrary<YamlNode> faults() {
        List<Mapping> all = List.of(
                Mapping.of("type", "memory-pressure", "at", "5s", "duration", "18s", "size", "60MiB", "steps", "4"),
                Mapping.of("type", "memory-limit", "at", "5s", "duration", "10s", "fraction", "0.5"),
                Mapping.of("type", "memory-limit", "at", "5s", "duration", "10s", "limit", "48MiB"),
                Mapping.of("type", "network-delay", "at", "5s", "duration", "15s", "path", "client", "latency", "200ms",
                        "jitter", "50ms"),
                Mapping.of("type", "kill", "at", "10s", "restart", "true"));
        return Arbitraries.of(0, 1, 3, 4).set().ofMaxSize(2)
                .map(picked -> picked.isEmpty() ? null : new Sequence(picked.stream().map(i -> (YamlNode) all.get(i)).toList()));
    }

    private static Arbitrary<YamlNode> thresholds(List<String> variants) {
        List<String> all = new ArrayList<>(List.of("errors == 0", "oomKilled == false", "memory.peak < 24MiB",
                "p(99) < 100ms", "gcPause.count > 0", "gcPause.p99 < 10ms", "errorRate < 1%", "requests.inFlightPeak > 10"));
        if (variants.size() > 1) {
            all.add("allocBytesPerRequest(" + variants.get(0) + ") > 1.3 * allocBytesPerRequest(" + variants.get(1) + ")");
        }
        return Arbitraries.of(all).set().ofMinSize(1).ofMaxSize(4)
                .map(picked -> new Sequence(picked.stream().map(t -> (YamlNode) YamlNode.scalar("\"" + t + "\"")).toList()));
    }

    private static Arbitrary<YamlNode> hypothesis() {
        return Arbitraries.of("20/s", "5/s").map(rate -> Mapping.of("rate", rate, "duration", "3s",
                "checks", new Sequence(List.of(YamlNode.scalar("\"errors == 0\"")))));
    }

    private static Arbitrary<YamlNode> regression() {
        return Arbitraries.of(
                Mapping.of("allocBytesPerRequest", "5%", "errorRate", "0.5%"),
                Mapping.of("\"p(99)\"", "25%", "gcPause.p99", "2ms", "oomKilled", "0"));
    }

    // The hostile edits.

    /** One change to the tree; {@code slot} picks the value it applies to, counted depth first. */
    sealed interface Edit {
        YamlNode apply(YamlNode tree);

        /** Why the tree this edit makes must be refused, as long as what it wrote is still there after later edits. */
        default java.util.Optional<Refusal> refusal(YamlNode before) {
            return java.util.Optional.empty();
        }

        /** A reason to refuse, and the test that what it depends on is still in the final tree. */
        record Refusal(String reason, java.util.function.Predicate<YamlNode> stillIn) {
            boolean stillIn(YamlNode tree) {
                return stillIn.test(tree);
            }
        }

        /** The value at a slot replaced by a hostile one. */
        record Replace(int slot, Hostile value) implements Edit {
            @Override
            public YamlNode apply(YamlNode tree) {
                return tree.replace(slot % tree.slots(), old -> YamlNode.scalar(value.yaml()));
            }

            @Override
            public java.util.Optional<Refusal> refusal(YamlNode before) {
                String key = before.keyAt(slot % before.slots());
                return java.util.Optional.ofNullable(value.mustBeRefusedAt(key))
                        .map(reason -> new Refusal(reason, tree -> tree.holds(key, value.yaml())));
            }

            @Override
            public String toString() {
                return "value " + slot + " := " + value;
            }
        }

        /** A field added to the mapping at (or above) a slot, with a hostile key or value. */
        record AddField(int slot, Hostile key, Hostile value) implements Edit {
            @Override
            public YamlNode apply(YamlNode tree) {
                return tree.replace(slot % tree.slots(), old -> {
                    if (old instanceof Mapping m) {
                        List<Entry> entries = new ArrayList<>(m.entries());
                        entries.add(new Entry(key.yaml(), YamlNode.scalar(value.yaml())));
                        return new Mapping(entries);
                    }
                    return Mapping.of(key.yaml(), YamlNode.scalar(value.yaml()));
                });
            }

            @Override
            public java.util.Optional<Refusal> refusal(YamlNode before) {
                return java.util.Optional.ofNullable(key.mustBeRefusedAt(null))
                        .map(reason -> new Refusal("key: " + reason, tree -> tree.hasKey(key.yaml())));
            }

            @Override
            public String toString() {
                return "field " + slot + " += " + key + " = " + value;
            }
        }

        /** A mapping's field, or a list's item, removed. */
        record Remove(int slot, int which) implements Edit {
            @Override
            public YamlNode apply(YamlNode tree) {
                return tree.replace(slot % tree.slots(), old -> {
                    if (old instanceof Mapping m && !m.entries().isEmpty()) {
                        List<Entry> entries = new ArrayList<>(m.entries());
                        entries.remove(which % entries.size());
                        return new Mapping(entries);
                    }
                    if (old instanceof Sequence s && !s.items().isEmpty()) {
                        List<YamlNode> items = new ArrayList<>(s.items());
                        items.remove(which % items.size());
                        return new Sequence(items);
                    }
                    return old;
                });
            }

            @Override
            public String toString() {
                return "value " + slot + " loses its part " + which;
            }
        }

        /** A value given an anchor and the value at another slot made its alias. */
        record Alias(int anchored, int alias) implements Edit {
            @Override
            public YamlNode apply(YamlNode tree) {
                YamlNode withAlias = tree.replace(alias % tree.slots(), old -> YamlNode.scalar("*x"));
                return withAlias.replace(anchored % withAlias.slots(), old -> old instanceof Scalar s
                        ? YamlNode.scalar("&x " + s.text()) : old);
            }

            @Override
            public String toString() {
                return "value " + alias + " := alias of value " + anchored;
            }
        }
    }

    static Arbitrary<Edit> edits() {
        Arbitrary<Integer> slot = Arbitraries.integers().between(0, 500);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Combinators.combine(slot, HostileValues.any()).as(Edit.Replace::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(slot, HostileValues.badKey(), HostileValues.any())
                        .as(Edit.AddField::new)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(slot, Arbitraries.integers().between(0, 20)).as(Edit.Remove::new)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(slot, slot).as(Edit.Alias::new)));
    }

    /** A change to the file's text as a whole. */
    record FileEdit(String kind, String before, String after, boolean crlf, boolean tabs, boolean mustBeRefused) {
        String apply(String text) {
            String lines = crlf ? text.replace("\n", "\r\n") : text;
            String indented = tabs ? lines.lines().map(l -> l.replaceFirst("^  ", "\t")).collect(Collectors.joining("\n", "", "\n")) : lines;
            return before + indented + after;
        }

        @Override
        public String toString() {
            return kind;
        }
    }

    static Arbitrary<FileEdit> fileEdits() {
        return Arbitraries.of(
                new FileEdit("a second document", "", "---\nname: second\n", false, false, true),
                new FileEdit("a document end, then text", "", "...\nname: after-the-end\n", false, false, true),
                new FileEdit("a document start", "---\n", "", false, false, false),
                new FileEdit("a %YAML 1.1 directive", "%YAML 1.1\n---\n", "", false, false, false),
                new FileEdit("a byte order mark", "\uFEFF", "", false, false, false),
                new FileEdit("CRLF line ends", "", "", true, false, false),
                new FileEdit("tabs for indentation", "", "", false, true, true),
                new FileEdit("an alias bomb", billionLaughs(), "", false, false, true),
                new FileEdit("a flow mapping left open", "", "extra: {a: [1, 2\n", false, false, true),
                new FileEdit("a lone carriage return", "", "\rname: cr\r", false, false, true),
                new FileEdit("NUL bytes", "", "\u0000\u0000", false, false, true),
                new FileEdit("an escape sequence outside quotes", "", "note: \u001b[2J\u001b[31m\n", false, false, true));
    }

    private static String billionLaughs() {
        StringBuilder bomb = new StringBuilder("l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            bomb.append("l").append(i).append(": &l").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, "*l" + (i - 1)))).append("]\n");
        }
        return bomb.toString();
    }
}
