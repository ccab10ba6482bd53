package dev.memchaos.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.memchaos.cli.CatalogMutations.CatalogFile;
import dev.memchaos.scenario.ScenarioException;
import dev.memchaos.scenario.ScenarioLoader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Hostile scenario files, generated from the scenario grammar ({@link ScenarioGrammar}) and by mutating the catalog
 * ({@link CatalogMutations}), each given to {@code memchaos validate} as a user would (in this JVM, through
 * {@link MemchaosCommand#run}). For every file: it finishes within 5 seconds and allocates at most
 * {@link #ALLOCATION_BUDGET}; nothing it prints is a stack trace, a raw control character or a line longer than
 * {@value #LONGEST_LINE} characters; and either it is refused (exit 2) with one line per problem, each naming the file
 * first and, where it names a line, a line of the file, or it is valid (exit 0), and then it is none of those that must
 * be refused ({@link FuzzedFile#mustBeRefused()}) and {@code run} could start it ({@link StartableScenario}).
 *
 * <p>Each property tries {@value #TRIES} files, so a build validates twice that many; the total is printed at the end.
 * A failure is reported with jqwik's seed and the shrunk file (how it was made, and its start);
 * {@code @Property(seed = "...")} replays it.
 */
class HostileInputFuzzTest {

    static final int TRIES = 1000;
    /** Longest line printed: a problem quoting a value shows its start and end ({@code Printable}), never the value whole. */
    static final int LONGEST_LINE = 1200;
    private static final long SECONDS = 5;
    /**
     * What validating one file may allocate (all of it, garbage included): 256 MiB, a few hundred times the 1 MiB a
     * file may be. Reading one scenario takes a few MB; an algorithm quadratic in a value's length (a table of edit
     * distances between a 400,000-character name and every known one) takes gigabytes, and fails here before a small
     * heap runs out.
     */
    static final long ALLOCATION_BUDGET = 256L << 20;
    private static final Pattern STACK_TRACE = Pattern.compile("\\b[A-Z][A-Za-z]*(?:Exception|Error)\\b|\\tat |(?m)^\\s+at [\\w.$]+\\(");
    private static final Pattern WHERE = Pattern.compile("^(?<file>.+?)(?::(?<line>\\d+))?: (?<problem>\\S.*)$");

    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "hostile-input-validate");
        t.setDaemon(true);
        return t;
    });
    private static final AtomicInteger FILES = new AtomicInteger();
    private static final AtomicInteger REFUSED = new AtomicInteger();
    private static final AtomicInteger ACCEPTED = new AtomicInteger();
    private static final AtomicLong MOST_ALLOCATED = new AtomicLong();
    private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static Path folder;

    @BeforeContainer
    static void makeFolder() throws IOException {
        folder = Files.createTempDirectory("memchaos-hostile-");
    }

    @AfterContainer
    static void report() throws IOException {
        System.out.printf("HostileInputFuzzTest: %d hostile scenario files validated: %d refused, %d accepted; most allocated by one: %d MB%n",
                FILES.get(), REFUSED.get(), ACCEPTED.get(), MOST_ALLOCATED.get() >> 20);
        try (Stream<Path> left = Files.walk(folder)) {
            for (Path p : left.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Provide
    Arbitrary<FuzzedFile> grammarFiles() {
        return ScenarioGrammar.hostileFiles();
    }

    @Provide
    Arbitrary<FuzzedFile> catalogFiles() {
        List<CatalogFile> catalog = CatalogMutations.catalog(Path.of(System.getProperty("memchaos.home", "..")));
        assertThat(catalog).as("the catalog's scenario files").hasSizeGreaterThan(3);
        return CatalogMutations.mutatedFiles(catalog);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.BOUNDED)
    void aScenarioBuiltFromTheGrammarWithHostileFieldsIsValidOrRefusedInSentences(@ForAll("grammarFiles") FuzzedFile file)
            throws Exception {
        validate(file);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.BOUNDED)
    void aMutatedCatalogScenarioIsValidOrRefusedInSentences(@ForAll("catalogFiles") FuzzedFile file) throws Exception {
        validate(file);
    }

    private static void validate(FuzzedFile fuzzed) throws Exception {
        int n = FILES.incrementAndGet();
        Path file = folder.resolve("scenario-" + n + ".yaml");
        Files.write(file, fuzzed.bytes());
        try {
            Validated validated = validateWithin(file);
            CliRun run = validated.run();
            assertPrintsNoTraceNoControlsNoLongLines(run);
            assertThat(validated.allocatedBytes()).as("bytes allocated to validate a file of %d bytes (exit %d, %s)",
                    fuzzed.bytes().length, run.exit(), FuzzedFile.excerpt(run.err())).isLessThanOrEqualTo(ALLOCATION_BUDGET);
            if (run.exit() == ExitCode.PASS.code) {
                ACCEPTED.incrementAndGet();
                Statistics.collect("valid");
                assertThat(fuzzed.mustBeRefused()).as("validate accepted it, but it must be refused").isEmpty();
                assertStartable(file, run);
            } else {
                REFUSED.incrementAndGet();
                Statistics.collect("refused");
                assertRefusedInSentences(file, fuzzed, run);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** What validating one file (at most 1 MiB) allocates, and the most one did in this run. */
    record Validated(CliRun run, long allocatedBytes) {
    }

    private static Validated validateWithin(Path file) throws InterruptedException {
        Future<Validated> running = WORKERS.submit(() -> {
            long before = THREADS.getCurrentThreadAllocatedBytes();
            CliRun run = CliRun.of("validate", file.toString());
            return new Validated(run, THREADS.getCurrentThreadAllocatedBytes() - before);
        });
        try {
            Validated validated = running.get(SECONDS, TimeUnit.SECONDS);
            MOST_ALLOCATED.accumulateAndGet(validated.allocatedBytes(), Math::max);
            return validated;
        } catch (TimeoutException e) {
            running.cancel(true);
            return fail("memchaos validate did not finish within %d s", SECONDS);
        } catch (ExecutionException e) {
            return fail("memchaos validate threw instead of returning an exit code: %s", e.getCause());
        }
    }

    private static void assertPrintsNoTraceNoControlsNoLongLines(CliRun run) {
        String all = run.all();
        Matcher trace = STACK_TRACE.matcher(all);
        if (trace.find()) {
            fail("memchaos printed a stack trace or an exception's name (\"%s\"), exit %d:%n%s", trace.group(), run.exit(), all);
        }
        for (int i = 0; i < all.length(); i++) {
            char c = all.charAt(i);
            int type = Character.getType(c);
            if (c != '\n' && (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR)) {
                fail("memchaos printed the raw character U+%04X (at %d of its output), exit %d:%n%s", (int) c, i, run.exit(),
                        FuzzedFile.excerpt(all));
            }
        }
        all.lines().filter(l -> l.length() > LONGEST_LINE).findFirst().ifPresent(l ->
                fail("memchaos printed a line of %d characters (at most %d): %s", l.length(), LONGEST_LINE, FuzzedFile.excerpt(l)));
    }

    private static void assertRefusedInSentences(Path file, FuzzedFile fuzzed, CliRun run) {
        assertThat(run.exit()).as("exit code (0 valid, 2 refused); stderr:%n%s", run.err()).isEqualTo(ExitCode.INVALID_INPUT.code);
        assertThat(run.out()).as("stdout of a refused file").isEmpty();
        List<String> lines = run.errLines();
        assertThat(lines).as("problems on stderr").isNotEmpty();
        long fileLines = new String(fuzzed.bytes(), StandardCharsets.UTF_8).lines().count() + 1;
        for (String line : lines) {
            Matcher where = WHERE.matcher(line);
            assertThat(where.matches() && where.group("file").equals(file.toString()))
                    .as("each problem is one line naming the file first (%s): %s", file, line).isTrue();
            if (where.group("line") != null) {
                assertThat(Long.parseLong(where.group("line"))).as("the line a problem names is in the file: %s", line)
                        .isBetween(1L, fileLines);
            }
        }
    }

    private static void assertStartable(Path file, CliRun run) throws ScenarioException {
        assertThat(run.err()).as("stderr of a valid file").isEmpty();
        assertThat(run.out()).as("stdout of a valid file").startsWith(file + ": valid (");
        List<String> problems = new ArrayList<>(StartableScenario.problems(ScenarioLoader.load(file)));
        assertThat(problems).as("validate accepted it, so run must be able to start it").isEmpty();
    }
}
