package dev.memchaos.cli;

import dev.memchaos.cli.HostileValues.Hostile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * The catalog's scenario files ({@code chaos-scenarios/*.yaml} and {@code nightly/}) mutated: lines deleted,
 * duplicated, swapped or re-indented, a scalar replaced by a {@link HostileValues hostile value}, a line of a field
 * that is none inserted, the file cut short, a control or invalid byte inserted.
 */
final class CatalogMutations {

    private CatalogMutations() {
    }

    /** The catalog, as {@code chaos-scenarios/<name>} and its text. */
    static List<CatalogFile> catalog(Path home) {
        Path folder = home.resolve("chaos-scenarios");
        try (Stream<Path> top = Files.list(folder); Stream<Path> nightly = Files.list(folder.resolve("nightly"))) {
            List<CatalogFile> files = new ArrayList<>();
            for (Path file : Stream.concat(top, nightly).filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                files.add(new CatalogFile(home.relativize(file).toString(), Files.readString(file)));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record CatalogFile(String name, String text) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Arbitrary<FuzzedFile> mutatedFiles(List<CatalogFile> catalog) {
        return Combinators.combine(Arbitraries.of(catalog), mutations().list().ofMinSize(1).ofMaxSize(4))
                .as((file, mutations) -> {
                    byte[] bytes = file.text().getBytes(StandardCharsets.UTF_8);
                    List<Refusal> refusals = new ArrayList<>();
                    for (Mutation m : mutations) {
                        m.refusal(bytes).ifPresent(refusals::add);
                        bytes = m.apply(bytes);
                    }
                    byte[] result = bytes;
                    // Where a value lands after several line edits is not followed: only a single mutation's file
                    // is known to hold its value where it wrote it (failing samples shrink to one mutation).
                    return new FuzzedFile("catalog " + file.name() + ": " + mutations, bytes, mutations.size() > 1 ? List.of()
                            : refusals.stream().filter(r -> contains(result, r.written())).map(Refusal::reason).toList());
                });
    }

    /** Why a mutated file must be refused, as long as what the mutation wrote is still in it. */
    record Refusal(String reason, byte[] written) {
    }

    private static boolean contains(byte[] file, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= file.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (file[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static final java.util.regex.Pattern KEY_LINE = java.util.regex.Pattern.compile("^\\s*([^-#\\s][^#]*?):\\s*(?:#.*)?$");

    /** Which lines are inside a block scalar ({@code description: >} and its more indented lines): text, not fields. */
    static boolean[] inBlockScalars(List<String> lines) {
        boolean[] inside = new boolean[lines.size()];
        int blockIndent = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int indent = line.length() - line.stripLeading().length();
            if (blockIndent >= 0 && (line.isBlank() || indent > blockIndent)) {
                inside[i] = true;
                continue;
            }
            blockIndent = line.matches("[^#]*:\\s*[>|][-+0-9]*\\s*(#.*)?") ? indent : -1;
        }
        return inside;
    }

    /** The key a line's value belongs to: its own ({@code key: value}), or for a list item ({@code - ...}) the list's. */
    static String keyOf(List<String> lines, int at) {
        String line = lines.get(at);
        String stripped = line.stripLeading();
        int indent = line.length() - stripped.length();
        if (!stripped.startsWith("- ")) {
            return stripped.substring(0, Math.max(0, stripped.indexOf(": "))).replaceAll("^\"|\"$", "");
        }
        for (int i = at - 1; i >= 0; i--) {
            String above = lines.get(i);
            int aboveIndent = above.length() - above.stripLeading().length();
            java.util.regex.Matcher key = KEY_LINE.matcher(above);
            if (key.matches() && aboveIndent <= indent) {
                return key.group(1).replaceAll("^\"|\"$", "");
            }
            if (!above.isBlank() && !above.stripLeading().startsWith("#") && aboveIndent < indent) {
                return null;
            }
        }
        return null;
    }

    /** One change to a file; positions are taken modulo its lines or bytes. */
    sealed interface Mutation {
        byte[] apply(byte[] file);

        default java.util.Optional<Refusal> refusal(byte[] before) {
            return java.util.Optional.empty();
        }

        private static List<String> lines(byte[] file) {
            return new ArrayList<>(Arrays.asList(new String(file, StandardCharsets.UTF_8).split("\n", -1)));
        }

        private static byte[] bytes(List<String> lines) {
            return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        }

        record DeleteLine(int line) implements Mutation {
            @Override
            public byte[] apply(byte[] file) {
                List<String> lines = lines(file);
                lines.remove(line % lines.size());
                return bytes(lines);
            }
        }

        record DuplicateLine(int line) implements Mutation {
            @Override
            public byte[] apply(byte[] file) {
                List<String> lines = lines(file);
                int at = line % lines.size();
                lines.add(at, lines.get(at));
                return bytes(lines);
            }
        }

        record SwapLines(int one, int other) implements Mutation {
            @Override
            public byte[] apply(byte[] file) {
                List<String> lines = lines(file);
                int a = one % lines.size();
                int b = other % lines.size();
                String kept = lines.get(a);
                lines.set(a, lines.get(b));
                lines.set(b, kept);
                return bytes(lines);
            }
        }

        /** The scalar after {@code key: } or {@code - } on a line (the n-th such line) replaced. */
        record ReplaceScalar(int line, Hostile value) implements Mutation {
            @Override
            public byte[] apply(byte[] file) {
                List<String> lines = lines(file);
                int at = chosen(lines);
                if (at < 0) {
                    return file;
                }
                lines.set(at, replaced(lines.get(at)));
                return bytes(lines);
            }

            @Override
            public java.util.Optional<Refusal> refusal(byte[] before) {
                List<String> lines = lines(before);
                int at = chosen(lines);
                if (at < 0) {
                    return java.util.Optional.empty();
                }
                String key = keyOf(lines, at);
                return java.util.Optional.ofNullable(value.mustBeRefusedAt(key)).map(reason ->
                        new Refusal(reason, ("\n" + replaced(lines.get(at)) + "\n").getBytes(StandardCharsets.UTF_8)));
            }

            private int chosen(List<String> lines) {
                List<Integer> withValues = new ArrayList<>();
                boolean[] text = inBlockScalars(lines);
                for (int i = 0; i < lines.size(); i++) {
                    if (!text[i] && lines.get(i).matches("\\s*(- |[^#]*?: ).*\\S.*")) {
                        withValues.add(i);
                    }
                }
                return withValues.isEmpty() ? -1 : withValues.get(line % withValues.size());
            }

            private String replaced(String text) {
                return text.replaceFirst("^(\\s*- |[^#]*?: ).*$", "$1") + value.yaml();
            }
        }

        record InsertLine(int line, Hostile key, Hostile value) implements Mutation {
            @Override
            public byte[] apply(byte[] file) {
                List<String> lines = lines(file);
                int at = line % (lines.size() + 1);
                String indent = at < lines.size() ? lines.get(at).replaceFirst("^(\\s*).*$", "$1") : "";
                lines.add(at, indent + key.yaml() + ": " + value.yaml());
                return bytes(lines);
            }

            @Override
            public java.util.Optional<Refusal> refusal(byte[] before) {
                List<String> lines = lines(before);
                int at = line % (lines.size() + 1);
                if (at < lines.size() && inBlockScalars(lines)[at]) {
                    return java.util.Optional.empty();
                }
                return java.util.Optional.ofNullable(key.mustBeRefusedAt(null)).map(reason ->
                        new Refusal("key: " + reason, (key.yaml() + ": ").getBytes(StandardCharsets.UTF_8)));
            }
        }

        record Reindent(int line, int by) implements Mutation {
            @Override
            public byte[] apply(byte[] file) {
                List<String> lines = lines(file);
                int at = line % lines.size();
                String text = lines.get(at);
                lines.set(at, by == 0 ? "\t" + text : by > 0 ? " ".repeat(by) + text : text.replaceFirst("^ {1," + -by + "}", ""));
                return bytes(lines);
            }
        }

        record Truncate(int permille) implements Mutation {
            @Override
            public byte[] apply(byte[] file) {
                return Arrays.copyOf(file, (int) ((long) file.length * permille / 1000));
            }
        }

        record InsertBytes(int at, byte[] inserted) implements Mutation {
            @Override
            public byte[] apply(byte[] file) {
                int position = file.length == 0 ? 0 : at % (file.length + 1);
                byte[] result = new byte[file.length + inserted.length];
                System.arraycopy(file, 0, result, 0, position);
                System.arraycopy(inserted, 0, result, position, inserted.length);
                System.arraycopy(file, position, result, position + inserted.length, file.length - position);
                return result;
            }

            /** Bytes YAML allows nowhere in a file, not even in a comment: C0 controls but tab and line ends, DEL, invalid UTF-8. */
            @Override
            public java.util.Optional<Refusal> refusal(byte[] before) {
                int first = inserted[0] & 0xff;
                boolean forbidden = inserted.length <= 4 && (first < 0x20 && first != '\t' && first != '\n' && first != '\r'
                        || first == 0x7f || first == 0xff || inserted.length == 1 && first == 0xc3);
                return forbidden ? java.util.Optional.of(new Refusal("a byte YAML allows nowhere: " + toString(), inserted))
                        : java.util.Optional.empty();
            }

            @Override
            public String toString() {
                return "InsertBytes[at=" + at + ", bytes=" + java.util.HexFormat.ofDelimiter(" ").formatHex(inserted) + "]";
            }
        }
    }

    static Arbitrary<Mutation> mutations() {
        Arbitrary<Integer> position = Arbitraries.integers().between(0, 5_000);
        Arbitrary<byte[]> controlBytes = Arbitraries.of(
                new byte[] {0}, new byte[] {7}, new byte[] {0x1b, '[', '2', 'J'}, new byte[] {0x7f}, new byte[] {'\r'},
                new byte[] {(byte) 0xc2, (byte) 0x85}, new byte[] {(byte) 0xff}, new byte[] {(byte) 0xc3},
                new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, new byte[] {(byte) 0xe2, (byte) 0x80, (byte) 0xae},
                new byte[] {'\t'}, new byte[] {'&', 'a', ' '}, new byte[] {'*', 'a'}, new byte[] {'\n', '-', '-', '-', '\n'});
        return Arbitraries.frequencyOf(
                Tuple.of(2, position.map(Mutation.DeleteLine::new)),
                Tuple.of(2, position.map(Mutation.DuplicateLine::new)),
                Tuple.of(1, Combinators.combine(position, position).as(Mutation.SwapLines::new)),
                Tuple.of(6, Combinators.combine(position, HostileValues.any()).as(Mutation.ReplaceScalar::new)),
                Tuple.of(1, Combinators.combine(position, HostileValues.badKey(), HostileValues.any()).as(Mutation.InsertLine::new)),
                Tuple.of(1, Combinators.combine(position, Arbitraries.integers().between(-3, 3)).as(Mutation.Reindent::new)),
                Tuple.of(1, Arbitraries.integers().between(0, 999).map(Mutation.Truncate::new)),
                Tuple.of(2, Combinators.combine(position, controlBytes).as(Mutation.InsertBytes::new)));
    }
}
