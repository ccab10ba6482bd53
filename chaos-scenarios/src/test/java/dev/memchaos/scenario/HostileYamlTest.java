package dev.memchaos.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile scenario files: each is refused with sentences, quickly, or read exactly as written. */
class HostileYamlTest {

    private static final Duration QUICKLY = Duration.ofSeconds(5);

    @TempDir
    Path folder;

    private static List<String> problems(String yaml) {
        ScenarioException e = assertTimeoutPreemptively(QUICKLY, () -> catchThrowableOfType(ScenarioException.class,
                () -> ScenarioLoader.parse(yaml, "bad.yaml")));
        assertThat(e).as("expected the scenario to be refused").isNotNull();
        return e.getMessage().lines().toList();
    }

    private static List<String> problems(Path file) {
        ScenarioException e = assertTimeoutPreemptively(QUICKLY, () -> catchThrowableOfType(ScenarioException.class,
                () -> ScenarioLoader.load(file)));
        assertThat(e).as("expected %s to be refused", file).isNotNull();
        return e.getMessage().lines().toList();
    }

    /** The valid scenario with one line replaced. */
    private static String validWith(String line, String replacement) {
        assertThat(ScenarioLoaderTest.VALID).contains(line);
        return ScenarioLoaderTest.VALID.replace(line, replacement);
    }

    // 1. What is not a regular file, or is too big, is refused before it is read.

    @Test
    void aFifoWithNoWriterIsRefusedWithoutOpeningIt() throws Exception {
        Path fifo = folder.resolve("scenario.yaml");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            mkfifo = null;
        }
        assumeTrue(mkfifo != null && mkfifo.waitFor() == 0, "mkfifo is needed to make a FIFO");

        assertThat(problems(fifo)).containsExactly(fifo + ": is not a regular file (it is a FIFO, a device or a"
                + " socket); give the path of a scenario .yaml file");
    }

    @Test
    void aDeviceIsRefusedWithoutReadingIt() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "/dev/zero is needed");

        assertThat(problems(zero)).containsExactly("/dev/zero: is not a regular file (it is a FIFO, a device or a"
                + " socket); give the path of a scenario .yaml file");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws IOException {
        Path huge = folder.resolve("huge.yaml");
        try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
            sparse.setLength(8L << 30);
        }
        Path justOver = Files.write(folder.resolve("over.yaml"), new byte[ScenarioFile.MAX_BYTES + 1]);

        assertThat(problems(huge)).containsExactly(huge + ": the file is 8589934592 bytes; a scenario file is at most"
                + " 1048576 bytes (1 MiB), and the catalog's are a few KB; give the path of a scenario .yaml file");
        assertThat(problems(justOver)).containsExactly(justOver + ": the file is 1048577 bytes; a scenario file is at"
                + " most 1048576 bytes (1 MiB), and the catalog's are a few KB; give the path of a scenario .yaml file");
    }

    @Test
    void aFileThatGrowsWhileItIsReadIsCutOffAtTheLimit() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };

        ScenarioException e = catchThrowableOfType(ScenarioException.class,
                () -> ScenarioFile.decode(endless, "grows.yaml"));

        assertThat(e.getMessage()).isEqualTo("grows.yaml: the file grew past 1048576 bytes (1 MiB) while it was"
                + " read; a scenario file is at most that, and the catalog's are a few KB");
    }

    @Test
    void anEmptyPathSaysNoFileWasNamed() {
        assertThat(problems(Path.of(""))).containsExactly(
                "\"\": no scenario file was named; give the path of a scenario .yaml file");
    }

    @Test
    void aFileOfTheLimitIsReadAndCheckedAsYaml() throws IOException {
        String yaml = validWith("description: >", "description: |");
        String padded = yaml + "#".repeat(ScenarioFile.MAX_BYTES - yaml.length());
        Path file = Files.writeString(folder.resolve("full.yaml"), padded);

        Scenario scenario = assertTimeoutPreemptively(QUICKLY, () -> ScenarioLoader.load(file));

        assertThat(scenario.name()).isEqualTo("parse-1200-keys");
    }

    // 2. A long value is read in time and memory in proportion to its length.

    @Test
    void aValueNearTheSizeLimitIsReadQuicklyInEveryStyle() {
        int length = ScenarioFile.MAX_BYTES - 2_000;
        String plain = "x".repeat(length);
        String words = "ab ".repeat(length / 3);
        for (String description : List.of(plain, "\"" + words + "\"", "'" + words + "'", "|\n  " + plain,
                ">\n  " + words)) {
            String yaml = validWith("description: >\n  A handler parsed a ~1,200-key JSON object into an unsized map"
                    + " on every request.", "description: " + description);

            long allocated = allocatedBytes();
            Scenario scenario = assertTimeoutPreemptively(QUICKLY, () -> ScenarioLoader.parse(yaml, "long.yaml"));
            long used = allocatedBytes() - allocated;

            assertThat(scenario.description().length()).isGreaterThan(length - 4);
            assertThat(used).as("bytes allocated to read a %d-character description", length)
                    .isLessThan(200L * 1024 * 1024);
        }
    }

    @Test
    void textOverTheLimitIsRefusedBeforeItIsParsed() {
        String yaml = validWith("name: parse-1200-keys", "name: " + "x".repeat(ScenarioFile.MAX_BYTES));

        assertThat(problems(yaml)).containsExactly("bad.yaml: the text is 1049146 characters; a scenario is at most"
                + " 1048576 (1 MiB), and the catalog's are a few KB");
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    // 3. Values are read as written: the YAML 1.2 core schema, no YAML 1.1 conversions.

    @Test
    void environmentValuesAreTheTextAsWritten() throws ScenarioException {
        String yaml = validWith("env: {GOGC: 100, DEBUG: true, SHARED: target}", """
                env:
                    GOGC: off
                    OCTAL: 010
                    HEX: 0x10
                    YES: yes
                    TITLE: True
                    UNDERSCORES: 1_000
                    EXPONENT: 1e3
                    SEXAGESIMAL: 12:30
                    DATE: 2001-12-14
                    INFINITY: .inf
                    QUOTED: "010"
                    EMPTY:
                    TILDE: ~
                    NULL_WORD: null
                    QUOTED_NULL: "null"
                """.strip().replace("\n", "\n  "));

        Map<String, String> env = ScenarioLoader.parse(yaml, "env.yaml").target().env();

        assertThat(env).containsExactly(Map.entry("GOGC", "off"), Map.entry("OCTAL", "010"), Map.entry("HEX", "0x10"),
                Map.entry("YES", "yes"), Map.entry("TITLE", "True"), Map.entry("UNDERSCORES", "1_000"),
                Map.entry("EXPONENT", "1e3"), Map.entry("SEXAGESIMAL", "12:30"), Map.entry("DATE", "2001-12-14"),
                Map.entry("INFINITY", ".inf"), Map.entry("QUOTED", "010"), Map.entry("EMPTY", ""),
                Map.entry("TILDE", ""), Map.entry("NULL_WORD", ""), Map.entry("QUOTED_NULL", "null"));
    }

    @Test
    void infinityAndNotANumberAreValuesTheFieldRefuses() {
        assertThat(problems(validWith("rate: 100/s", "rate: .inf"))).containsExactly(
                "bad.yaml:16: load.rate: expected an arrival rate above 0 and at most 100000/s like 100/s, got \".inf\";"
                        + " write a finite number in plain decimal");
        assertThat(problems(validWith("keys: 1200", "keys: .nan"))).hasSize(1).first().asString()
                .startsWith("bad.yaml:18: load.keys: ").contains(".nan").doesNotContain("YAML");
    }

    @Test
    void aBooleanFieldTakesTheCoreSchemaBooleansOnly() {
        String fault = """
                faults:
                  - {type: kill, at: 5s, restart: %s}
                """;
        assertThat(problems(ScenarioLoaderTest.VALID + fault.formatted("yes"))).containsExactly(
                "bad.yaml:25: faults[0].restart: expected true or false, got \"yes\"");
        assertThat(problems(ScenarioLoaderTest.VALID + fault.formatted("on"))).containsExactly(
                "bad.yaml:25: faults[0].restart: expected true or false, got \"on\"");
    }

    @Test
    void aNumberIsNotAThreshold() {
        assertThat(problems(validWith("- \"p(99) < 250ms\"", "- 0x10"))).containsExactly(
                "bad.yaml:20: thresholds[0]: expected a threshold in quotes like \"p(99) < 250ms\", got 0x10");
    }

    // 4. Aliases are resolved, within limits; merge keys and tags are refused.

    @Test
    void anAliasIsTheValueItNames() throws ScenarioException {
        String yaml = validWith("env: {GOGC: 100, DEBUG: true, SHARED: target}", "env: &shared {GOGC: off}")
                .replace("env: {MAP_SIZING: unsized}", "env: *shared");

        Scenario scenario = ScenarioLoader.parse(yaml, "alias.yaml");

        assertThat(scenario.variant("unsized").orElseThrow().env()).containsExactly(Map.entry("GOGC", "off"));
    }

    @Test
    void aProblemInsideAnAliasIsPlacedOnTheAlias() {
        String yaml = validWith("env: {GOGC: 100, DEBUG: true, SHARED: target}", "env: &shared {GOGC: [1]}")
                .replace("env: {MAP_SIZING: unsized}", "env: *shared");

        assertThat(problems(yaml)).containsExactly(
                "bad.yaml:7: target.env.GOGC: expected a single value, got a list",
                "bad.yaml:10: variants[0].env.GOGC: expected a single value, got a list");
    }

    @Test
    void aBillionLaughsIsRefused() {
        StringBuilder bomb = new StringBuilder("description: ok\nlaughs:\n  - &l0 [lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= 24; i++) {
            bomb.append("  - &l").append(i).append(" [*l").append(i - 1).append(", *l").append(i - 1).append("]\n");
        }

        assertThat(problems(bomb.toString())).containsExactly("bad.yaml:16: laughs[13][1]: the aliases (*l12 and those"
                + " it holds) expand to more than 100000 values; a scenario holds a few hundred: write the values out,"
                + " or use fewer aliases");
    }

    @Test
    void anAliasInsideItselfIsRefused() {
        assertThat(problems("name: &loop [a, *loop]\n")).containsExactly(
                "bad.yaml:1: name[1]: the alias *loop is inside the value it names, so it would never end; write the"
                        + " value out");
    }

    @Test
    void anUndefinedAliasSaysWhichAndWhere() {
        assertThat(problems(validWith("memory: 96MiB", "memory: *small"))).containsExactly(
                "bad.yaml:13: variants[1].memory: the alias *small names no anchor (&small) above it; write the anchor"
                        + " before the alias, or write the value out");
    }

    @Test
    void aMergeKeyIsRefused() {
        String yaml = validWith("env: {GOGC: 100, DEBUG: true, SHARED: target}", "env: &shared {GOGC: off}")
                .replace("env: {MAP_SIZING: unsized}", "env: {<<: *shared, MAP_SIZING: unsized}");

        assertThat(problems(yaml)).containsExactly("bad.yaml:10: variants[0].env: merge keys (<<) are YAML 1.1 and"
                + " are not read; write the fields out");
    }

    @Test
    void aTagIsRefused() {
        assertThat(problems(validWith("memory: 96MiB", "memory: !!binary aGVsbG8="))).containsExactly(
                "bad.yaml:13: variants[1].memory: the tag !!binary would change how the value is read; remove it"
                        + " (values are read as written: put text in quotes)");
        assertThat(problems(validWith("memory: 96MiB", "memory: !!int \"96\""))).hasSize(1);
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "name: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";

        assertThat(problems(deep)).hasSize(1).first().asString().startsWith("bad.yaml:1: name[0][0]")
                .endsWith("][0]: values are nested more than 50 deep; a scenario needs a few levels");
    }

    @Test
    void aKeyThatIsNotAScalarIsRefused() {
        assertThat(problems("name: x\n? [a, b]\n: c\n")).containsExactly(
                "bad.yaml:2: a key must be a single value, not a list or a mapping");
    }

    // 5. One scenario per file.

    @Test
    void aSecondDocumentIsRefusedWhereItStarts() {
        assertThat(problems(ScenarioLoaderTest.VALID + "---\nname: other\n")).containsExactly(
                "bad.yaml:24: a second YAML document starts here; a file holds one scenario, so move it to a file of"
                        + " its own");
        assertThat(problems("---\n" + ScenarioLoaderTest.VALID + "---\n")).containsExactly(
                "bad.yaml:25: a second YAML document starts here; a file holds one scenario, so move it to a file of"
                        + " its own");
    }

    @Test
    void oneDocumentWithMarkersIsOneScenario() throws ScenarioException {
        assertThat(ScenarioLoader.parse("%YAML 1.2\n---\n" + ScenarioLoaderTest.VALID + "...\n", "one.yaml").name())
                .isEqualTo("parse-1200-keys");
    }

    // 6. What came from the file is escaped, and a long value is shortened, when it is printed.

    @Test
    void controlCharactersFromTheFileAreShownEscaped() {
        String yaml = validWith("name: parse-1200-keys", "name: \"red\\e[31m\\tbell\\a\\x9b2J\\u202Eevil\\nnext\"")
                .replace("memory: 96MiB", "memory: 96MiB\n    \"\\e]0;title\\a\": x");

        List<String> problems = problems(yaml);

        assertThat(String.join("\n", problems)).doesNotContainPattern("[\\p{Cc}\\p{Cf}&&[^\\n]]");
        assertThat(problems).containsExactly(
                "bad.yaml:1: name: expected a lowercase name of letters, digits and dashes, starting and ending with a"
                        + " letter or digit, like parse-1200-keys, got \"red\\u001b[31m\\tbell\\u0007\\u009b2J\\u202eevil\\nnext\"",
                "bad.yaml:14: variants[1].\\u001b]0;title\\u0007: unknown field; expected one of name, env, memory");
    }

    @Test
    void aRawControlCharacterIsRefusedAndShownEscaped() {
        assertThat(problems(validWith("name: parse-1200-keys", "name: bad\u001b[2J"))).containsExactly(
                "bad.yaml:1: is not valid YAML: the file holds the character U+001B, which YAML does not allow as it"
                        + " is; remove it, or write it as \\u001b inside double quotes (column 10)");
    }

    @Test
    void theSourceNameIsEscapedToo() {
        ScenarioException e = catchThrowableOfType(ScenarioException.class,
                () -> ScenarioLoader.parse("name: [\n", "evil\u001b[2J.yaml"));

        assertThat(e.getMessage()).startsWith("evil\\u001b[2J.yaml:").doesNotContain("\u001b");
    }

    @Test
    void aLongValueIsShortenedWhenItIsShown() {
        String image = "A".repeat(60_000);
        List<String> problems = problems(validWith("image: memchaos/mapsvc:local", "image: " + image));

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).startsWith("bad.yaml:5: target.image: expected a container image reference like")
                .contains("got \"" + "A".repeat(60) + "…(59940 characters left out)\"").hasSizeLessThan(1_000);
    }

    @Test
    void aLongValueOfManyWordsIsShortenedWhenItIsShown() {
        String image = "a b ".repeat(50_000);
        List<String> problems = problems(validWith("image: memchaos/mapsvc:local", "image: \"" + image + "\""));

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).startsWith("bad.yaml:5: target.image: expected a container image reference like")
                .contains("…(199940 characters left out)\"").hasSizeLessThan(1_000);
    }

    @Test
    void aFileThatIsNotAScenarioIsNotEchoed() throws IOException {
        StringBuilder passwd = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            passwd.append("user").append(i).append(":x:").append(1000 + i).append(':').append(1000 + i)
                    .append("::/home/user").append(i).append(":/bin/bash\n");
        }
        Path file = Files.writeString(folder.resolve("passwd"), passwd, StandardCharsets.UTF_8);

        assertThat(problems(file)).containsExactly(file + ":1: expected a mapping of fields, got \"user0:x:1000:1000::"
                + "/home/user0:/bin/bash user1:x:1001:1001::…(1639 characters left out)\"");
    }

    @Test
    void aMappingThatIsNotAScenarioIsNotEchoedFieldByField() {
        String shadow = "root:$6$salt$hash:20228:0:99999:7:::\ndaemon:*:20228:0:99999:7:::\n";

        assertThat(problems(shadow)).containsExactly("bad.yaml:1: is not a scenario: none of its fields is name,"
                + " description, target, variants, load, thresholds, faults, hypothesis, regression; give the path of"
                + " a scenario .yaml file");
    }

    // 7. A key written twice is still reported.

    @Test
    void aKeyWrittenTwiceIsReportedWhereverItIs() {
        String yaml = validWith("env: {MAP_SIZING: sized, SHARED: variant}",
                "env: {MAP_SIZING: sized, SHARED: variant, MAP_SIZING: unsized}")
                .replace("  memory: 128MiB", "  memory: 128MiB\n  memory: 256MiB");

        assertThat(problems(yaml)).containsExactly(
                "bad.yaml:7: target.memory: is written more than once; keep one, as only the last one would count",
                "bad.yaml:13: variants[1].env.MAP_SIZING: is written more than once; keep one, as only the last one"
                        + " would count");
    }
}
