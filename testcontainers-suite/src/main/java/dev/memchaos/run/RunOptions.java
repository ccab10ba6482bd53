package dev.memchaos.run;

import dev.memchaos.journal.Summary;
import dev.memchaos.load.GatlingLoad;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;

/**
 * How a run is carried out beyond its scenario: the seed of its workload, the run it replays,
 * the baseline run it is compared with, and how long its load generator may warm up.
 *
 * @param seed            passed to the load (the kv workload picks its keys from it); a replay reuses the original's
 * @param replayOf        the run id this run replays, or null
 * @param baseline        the run to compare with, resolved before the run starts; empty for none
 * @param generatorWarmUp the longest the load generator warms up against a sink before a simulation's first load in
 *                        this JVM (zero: none)
 */
public record RunOptions(long seed, String replayOf, Optional<BaselineRun> baseline, Duration generatorWarmUp) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public RunOptions {
        if (generatorWarmUp.isNegative()) {
            throw new IllegalArgumentException("the load generator's warm-up cannot be negative, got " + generatorWarmUp);
        }
    }

    public static RunOptions defaults() {
        return new RunOptions(RANDOM.nextLong() & Long.MAX_VALUE, null, Optional.empty(), GatlingLoad.LONGEST_WARM_UP);
    }

    public RunOptions withSeed(long seed) {
        return new RunOptions(seed, replayOf, baseline, generatorWarmUp);
    }

    public RunOptions withBaseline(BaselineRun baseline) {
        return new RunOptions(seed, replayOf, Optional.of(baseline), generatorWarmUp);
    }

    public RunOptions replaying(String runId, long originalSeed) {
        return new RunOptions(originalSeed, runId, baseline, generatorWarmUp);
    }

    public RunOptions withGeneratorWarmUp(Duration longest) {
        return new RunOptions(seed, replayOf, baseline, longest);
    }

    /**
     * What {@code --baseline} resolved to: the request ({@code last-pass} or a run id), the archived
     * run's summary when there is one, and otherwise the sentence saying why nothing is compared.
     */
    public record BaselineRun(String requested, Optional<Summary> summary, String note) {

        public Summary.Baseline journal() {
            return new Summary.Baseline(requested, summary.map(Summary::runId).orElse(null), note);
        }
    }
}
