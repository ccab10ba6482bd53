package dev.memchaos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged CLI, run as a user runs it: invalid input and a broken environment get their own exit codes and one clear message. */
class CliExitCodesIT {

    private static final Path JAR = Path.of("target", "memchaos.jar").toAbsolutePath();

    @TempDir
    Path dir;

    record Result(int exit, String stdout, String stderr) {
    }

    @Test
    void anInvalidScenarioExitsWithTwoAndNamesEveryProblem() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), """
                name: bad-scenario
                target:
                  image: memchaos/mapsvc:local
                  memroy: 64MiB
                variants: []
                load:
                  simulation: parse
                  keys: 1200
                  rate: 10/s
                  duration: 5s
                thresholds:
                  - "p(99) <<< 5ms"
                """);

        Result result = run(Map.of(), "run", bad.toString(), "--results", dir.resolve("results").toString());

        assertThat(result.exit()).isEqualTo(ExitCode.INVALID_INPUT.code);
        assertThat(result.stderr()).contains("target.memroy", "variants", "thresholds[0]", "nothing was started")
                .doesNotContain("Exception", "\tat ");
        assertThat(dir.resolve("results")).doesNotExist();
    }

    @Test
    void anUnknownBackendExitsWithTwoAndNamesTheKnownOnes() throws Exception {
        Path scenario = Path.of(System.getProperty("memchaos.home", "..")).resolve("chaos-scenarios/parse-1200-keys.yaml");

        Result result = run(Map.of(), "run", scenario.toString(), "--backend", "kubernetes",
                "--results", dir.resolve("results").toString());

        assertThat(result.exit()).isEqualTo(ExitCode.INVALID_INPUT.code);
        assertThat(result.stderr()).contains("unknown backend 'kubernetes': use docker or k3s", "nothing was started")
                .doesNotContain("\tat ");
        assertThat(dir.resolve("results")).doesNotExist();
    }

    @Test
    void noDockerEngineExitsWithThreeAndSaysWhatToInstall() throws Exception {
        Path scenario = Path.of(System.getProperty("memchaos.home", "..")).resolve("chaos-scenarios/parse-1200-keys.yaml");

        Result result = run(Map.of("DOCKER_HOST", "unix:///nonexistent/docker.sock"),
                "run", scenario.toString(), "--results", dir.resolve("results").toString());

        assertThat(result.exit()).isEqualTo(ExitCode.ENVIRONMENT.code);
        assertThat(result.stderr()).contains("No Docker engine answers at DOCKER_HOST=unix:///nonexistent/docker.sock").doesNotContain("\tat ");
    }

    private Result run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens", "java.base/java.lang=ALL-UNNAMED", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(env);
        pb.environment().put("TESTCONTAINERS_RYUK_DISABLED", "true");
        pb.redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        Process process = pb.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("memchaos did not exit within 120s");
        }
        return new Result(process.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }
}
