package dev.memchaos.run;

import dev.memchaos.scenario.Check;
import java.util.List;
import java.util.stream.Collectors;

/** Every threshold's check for a run; the run passes when all of them pass. */
public record Verdict(List<Check> checks) {

    public Verdict {
        checks = List.copyOf(checks);
    }

    public boolean pass() {
        return checks.stream().allMatch(Check::pass);
    }

    public List<Check> failed() {
        return checks.stream().filter(c -> !c.pass()).toList();
    }

    public List<Check> forVariant(String variant) {
        return checks.stream().filter(c -> c.variants().contains(variant)).toList();
    }

    /** One line per failing check: the threshold, what was measured, and why it failed. */
    public String explainFailures() {
        return failed().stream()
                .map(c -> "  ✗ " + c.name() + ": " + c.actual() + " — " + c.why())
                .collect(Collectors.joining("\n"));
    }
}
