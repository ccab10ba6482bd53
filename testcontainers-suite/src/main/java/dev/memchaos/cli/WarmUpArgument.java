package dev.memchaos.cli;

import dev.memchaos.scenario.DurationText;
import java.time.Duration;

/** {@code --warm-up} of run and replay: the longest the load generator warms up before a simulation's first load. */
final class WarmUpArgument {

    /** {@code GatlingLoad.LONGEST_WARM_UP}, as the option's help shows it (a constant, for picocli). */
    static final String DEFAULT = "40s";
    static final String DESCRIPTION = "the longest the load generator warms up against a sink in the harness before "
            + "each simulation's first load (default: ${DEFAULT-VALUE}, in rounds until the JIT compiler is quiet; "
            + "0s for none, and the first load runs with a cold generator)";

    private WarmUpArgument() {
    }

    static Duration parse(String text) {
        try {
            return DurationText.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ArgumentException("--warm-up: " + e.getMessage());
        }
    }
}
