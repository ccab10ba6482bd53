package dev.memchaos.scenario;

import dev.memchaos.simulations.LoadSpec;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated scenario: the target, its variants, the load and the thresholds that judge the run, and optionally
 * faults on a timeline, a steady-state hypothesis checked before and after them, and the tolerances a comparison with
 * a baseline run judges ({@link Regression#none()} when the scenario has none).
 * {@code source} is the YAML text the scenario was loaded from, kept to archive with the run.
 */
public record Scenario(String name, String description, TargetSpec target, List<Variant> variants, LoadSpec load,
                       Thresholds thresholds, String source, List<FaultSpec> faults,
                       Optional<Hypothesis> hypothesis, Regression regression) {

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(load, "load");
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(hypothesis, "hypothesis");
        Objects.requireNonNull(regression, "regression");
        variants = List.copyOf(variants);
        faults = List.copyOf(faults);
    }

    /** A scenario without regression tolerances. */
    public Scenario(String name, String description, TargetSpec target, List<Variant> variants, LoadSpec load,
                    Thresholds thresholds, String source, List<FaultSpec> faults, Optional<Hypothesis> hypothesis) {
        this(name, description, target, variants, load, thresholds, source, faults, hypothesis, Regression.none());
    }

    /** A scenario without faults, hypothesis or regression tolerances. */
    public Scenario(String name, String description, TargetSpec target, List<Variant> variants, LoadSpec load,
                    Thresholds thresholds, String source) {
        this(name, description, target, variants, load, thresholds, source, List.of(), Optional.empty());
    }

    /** The target as this variant runs it: the variant's env over the target's, and its memory limit if it has one. */
    public TargetSpec targetFor(Variant variant) {
        return target.with(variant.env(), variant.memory().orElse(target.memory()));
    }

    public Optional<Variant> variant(String name) {
        return variants.stream().filter(v -> v.name().equals(name)).findFirst();
    }
}
