package dev.memchaos.run;

import dev.memchaos.scenario.Check;
import java.util.List;

/** The steady-state hypothesis, checked once: did every check hold? */
public record HypothesisResult(boolean pass, List<Check> checks) {

    public HypothesisResult {
        checks = List.copyOf(checks);
    }

    static HypothesisResult of(List<Check> checks) {
        return new HypothesisResult(checks.stream().allMatch(Check::pass), checks);
    }
}
