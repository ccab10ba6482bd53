package dev.memchaos.api;

import dev.memchaos.api.MemchaosException.Reason;
import dev.memchaos.scenario.ScenarioException;
import dev.memchaos.scenario.ScenarioLoader;
import java.nio.file.Path;

/**
 * memchaos as a library: run a scenario file from Java and get its result as a value.
 *
 * <pre>{@code
 * RunResult result = Memchaos.scenario(Path.of("src/test/resources/scenarios/alerts.yaml"))
 *         .withResults(Path.of("target/memchaos-results"))
 *         .run();
 * assertTrue(result.passed(), result.explanation());
 * }</pre>
 *
 * Docker must answer (the same engine Testcontainers uses); a failed threshold is a result,
 * an invalid file or a missing engine a {@link MemchaosException} with one sentence per problem.
 */
public final class Memchaos {

    private Memchaos() {
    }

    /** Reads and validates a scenario file; every problem is reported at once, with its line and field. */
    public static ScenarioRun scenario(Path file) {
        try {
            return ScenarioRun.of(ScenarioLoader.load(file));
        } catch (ScenarioException e) {
            throw new MemchaosException(Reason.INVALID_INPUT, e.getMessage(), e);
        }
    }

    /** Runs a scenario file on Docker, archived under {@link ScenarioRun#DEFAULT_RESULTS}. */
    public static RunResult run(Path file) {
        return scenario(file).run();
    }
}
