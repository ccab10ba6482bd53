package dev.memchaos.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line's own hostile input: each bad argument is one sentence and exit 2; help is there; a bug is exit 4. */
class CommandLineTest {

    private static final String SCENARIO = Path.of("..", "chaos-scenarios", "parse-1200-keys.yaml").toString();

    @TempDir
    Path dir;

    private static void assertOneSentence(CliRun run, String... expected) {
        assertThat(run.exit()).as("exit code; stderr: %s", run.err()).isEqualTo(ExitCode.INVALID_INPUT.code);
        assertThat(run.errLines()).as(run.err()).hasSize(1);
        assertThat(run.err()).contains(expected).doesNotContain("Exception", "\tat ", "Usage:");
        assertThat(run.out()).isEmpty();
    }

    // 1. An empty argument is one sentence naming what is empty, for every command taking a path or a run id.

    @Test
    void anEmptyScenarioNameIsASentence() {
        assertOneSentence(CliRun.of("validate", ""), "memchaos validate:", "an empty scenario name was given");
        assertOneSentence(CliRun.of("run", ""), "memchaos run:", "an empty scenario name was given");
        assertOneSentence(CliRun.of("validate", "   "), "an empty scenario name was given");
    }

    @Test
    void anEmptyRunIdIsASentence() {
        assertOneSentence(CliRun.of("replay", "", "--results", dir.toString()), "memchaos replay:", "an empty run id was given");
        assertOneSentence(CliRun.of("run", SCENARIO, "--baseline", "", "--results", dir.toString()),
                "memchaos run:", "--baseline", "an empty run id was given");
    }

    @Test
    void anEmptyResultsFolderIsASentence() {
        assertOneSentence(CliRun.of("run", SCENARIO, "--results", ""), "memchaos run:", "--results", "an empty folder name was given");
        assertOneSentence(CliRun.of("replay", "20261121-200000-x-abcdef", "--results", ""), "--results", "an empty folder name");
        assertOneSentence(CliRun.of("archive", "--results", ""), "memchaos archive:", "--results", "an empty folder name");
    }

    // 2. Every subcommand has --help (and -h), which exits 0.

    @ParameterizedTest
    @ValueSource(strings = {"run", "replay", "archive", "validate"})
    void everySubcommandHasHelp(String command) {
        for (String help : List.of("--help", "-h")) {
            CliRun run = CliRun.of(command, help);

            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out()).startsWith("Usage: memchaos " + command).contains("Exit codes:");
            assertThat(run.err()).isEmpty();
        }
    }

    // 3. A name that cannot be a path on this system is a sentence, wherever an argument becomes a path.

    @Test
    void aNameNoPathCanHoldIsASentence() {
        String nul = "bad\u0000name.yaml";
        assertOneSentence(CliRun.of("validate", nul), "memchaos validate:", "bad\\u0000name.yaml", "cannot be a file name");
        assertOneSentence(CliRun.of("run", nul), "memchaos run:", "cannot be a file name");
        assertOneSentence(CliRun.of("run", SCENARIO, "--results", "r\u0000"), "--results", "r\\u0000", "cannot be a file name");
        assertOneSentence(CliRun.of("archive", "--results", "r\u0000"), "--results", "cannot be a file name");
        assertOneSentence(CliRun.of("replay", "20261121-200000-x-abcdef", "--results", "r\u0000"), "--results", "cannot be a file name");
    }

    @Test
    void aMemchaosHomeNoPathCanHoldIsASentence() {
        String before = System.getProperty("memchaos.home");
        System.setProperty("memchaos.home", "home\u0000");
        try {
            assertOneSentence(CliRun.of("archive"), "memchaos archive:", "memchaos.home", "home\\u0000", "cannot be a file name");
        } finally {
            if (before == null) {
                System.clearProperty("memchaos.home");
            } else {
                System.setProperty("memchaos.home", before);
            }
        }
    }

    @Test
    void aFileNameIsEscapedWhereItIsEchoed() throws IOException {
        Path scenario = Files.copy(Path.of(SCENARIO), dir.resolve("\u001b[2Jclear.yaml"));

        CliRun run = CliRun.of("validate", scenario.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("\\u001b[2Jclear.yaml: valid (").doesNotContain("\u001b");
    }

    @Test
    void aRunIdThatIsNoFolderNameIsASentence() {
        assertOneSentence(CliRun.of("replay", "x\u0000", "--results", dir.toString()), "memchaos replay:", "x\\u0000", "is not a run id");
        assertOneSentence(CliRun.of("replay", "../../etc", "--results", dir.toString()), "\"../../etc\" is not a run id");
        assertOneSentence(CliRun.of("run", SCENARIO, "--baseline", "ñ", "--results", dir.toString()), "--baseline", "\"ñ\" is not a run id");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aNonAsciiNameUnderTheCLocaleIsASentence() throws Exception {
        Path scenario = Files.copy(Path.of(SCENARIO), dir.resolve("ñ.yaml"));

        Process process = cLocaleJava("validate", scenario.toString());

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("memchaos validate finished").isTrue();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(err).isEqualTo(ExitCode.INVALID_INPUT.code);
        assertThat(err.lines()).as(err).hasSize(1);
        assertThat(err).contains("memchaos validate:", "cannot be a file name", "LANG=C.UTF-8").doesNotContain("Exception", "\tat ");
    }

    /** This JVM's Java and classpath running memchaos in the C locale, where file names are ASCII (sun.jnu.encoding). */
    private Process cLocaleJava(String... args) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dmemchaos.home=..", "-cp", classpath, MemchaosCommand.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("LANG", "C");
        builder.environment().put("LC_ALL", "C");
        return builder.start();
    }

    // Found while fuzzing the command line: picocli reads an argument @FILE as a file of arguments.

    @Test
    void anArgumentStartingWithAtIsANameNotAFileOfArguments() throws IOException {
        Path secrets = Files.writeString(dir.resolve("secrets"), "root:x:0:0:root:/root:/bin/bash\n");

        CliRun run = CliRun.of("validate", "@" + secrets);

        assertOneSentence(run, "@" + secrets, "there is no scenario file here");
        assertThat(run.err()).doesNotContain("root:x:0:0");
    }

    @Test
    void anArgumentNamingAFifoWithAtDoesNotHang() throws Exception {
        Path fifo = dir.resolve("fifo");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is needed to make a FIFO");

        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> CliRun.of("validate", "@" + fifo));

        assertOneSentence(run, "@" + fifo, "there is no scenario file here");
    }

    // 5. A bad option is one sentence and exit 2; a bug is exit 4, one sentence, the trace in a file.

    @Test
    void anUnknownOptionIsOneSentence() {
        assertOneSentence(CliRun.of("run", SCENARIO, "--bogus"), "memchaos run:", "Unknown option: '--bogus'", "memchaos run --help");
        assertOneSentence(CliRun.of("validate", "--results", "x"), "memchaos validate:", "'--results'");
        assertOneSentence(CliRun.of("run", SCENARIO, "--resuts", "r"), "Unknown options: '--resuts', 'r' (did you mean '--results'?)");
    }

    @Test
    void aMissingParameterIsOneSentence() {
        assertOneSentence(CliRun.of("run"), "memchaos run:", "Missing required parameter: 'SCENARIO'", "memchaos run --help");
        assertOneSentence(CliRun.of("replay"), "memchaos replay:", "'RUN-ID'");
        assertOneSentence(CliRun.of("run", SCENARIO, "--results"), "memchaos run:", "--results");
    }

    @Test
    void aWarmUpThatIsNoDurationIsASentence() {
        assertOneSentence(CliRun.of("run", SCENARIO, "--warm-up", "soon", "--results", dir.toString()),
                "memchaos run:", "--warm-up", "expected a duration like 30s");
        assertOneSentence(CliRun.of("replay", "20261121-200000-parse-1200-keys-3fa2c1", "--warm-up", "-5s", "--results",
                dir.toString()), "memchaos replay:", "--warm-up");
    }

    @Test
    void theWarmUpsDefaultIsTheLoads() {
        assertThat(WarmUpArgument.parse(WarmUpArgument.DEFAULT)).isEqualTo(dev.memchaos.load.GatlingLoad.LONGEST_WARM_UP);
    }

    @Test
    void anUnknownCommandIsOneSentence() {
        assertOneSentence(CliRun.of("rnu"), "memchaos:", "'rnu'", "memchaos --help");
    }

    @Test
    void escapesWhatItEchoesFromTheCommandLine() {
        CliRun run = CliRun.of("run", SCENARIO, "--b\u001b[31mogus");

        assertOneSentence(run, "--b\\u001b[31mogus");
        assertThat(run.err()).doesNotContain("\u001b");
    }

    @Command(name = "broken")
    static final class Broken implements Callable<Integer> {
        private final Throwable thrown;

        Broken(Throwable thrown) {
            this.thrown = thrown;
        }

        @Override
        public Integer call() throws Exception {
            if (thrown instanceof Exception e) {
                throw e;
            }
            throw (Error) thrown;
        }
    }

    @Test
    void aBugIsExitFourWithItsTraceInAFile() throws IOException {
        for (Throwable bug : List.of(new IllegalStateException("a bug"), new OutOfMemoryError("Java heap space"))) {
            CliRun run = CliRun.of(() -> MemchaosCommand.configure(new CommandLine(new Broken(bug)), new UnexpectedErrors(dir)));

            assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.RUN_ERROR.code);
            assertThat(run.errLines()).as(run.err()).hasSize(1);
            assertThat(run.err()).contains("broken: an internal error stopped the command (" + bug.getClass().getName(),
                    "this is a bug in memchaos", dir.toString()).doesNotContain("\tat ");
            Path trace = Path.of(run.err().replaceFirst("(?s).*the full trace is in (\\S+?);.*", "$1"));
            assertThat(trace).startsWith(dir).isRegularFile();
            assertThat(Files.readString(trace)).contains(bug.toString(), "\tat ");
        }
    }
}
