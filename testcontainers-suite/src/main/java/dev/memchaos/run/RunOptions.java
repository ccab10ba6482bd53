package dev.memchaos.run;

import dev.memchaos.journal.Summary;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * How a run is carried out beyond its scenario: the seed of its workload, the run it replays,
 * and the baseline run it is compared with.
 *
 * @param seed     passed to the load (the kv workload picks its keys from it); a replay reuses the original's
 * @param replayOf the run id this run replays, or null
 * @param baseline the run to compare with, resolved before the run starts; empty for none
 */
public record RunOptions(long seed, String replayOf, Optional<BaselineRun> baseline) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static RunOptions defaults() {
        return new RunOptions(RANDOM.nextLong() & Long.MAX_VALUE, null, Optional.empty());
    }

    public RunOptions withBaseline(BaselineRun baseline) {
        return new RunOptions(seed, replayOf, Optional.of(baseline));
    }

    public RunOptions replaying(String runId, long originalSeed) {
        return new RunOptions(originalSeed, runId, baseline);
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
