package dev.memchaos.scenario;

import java.util.Arrays;
import java.util.List;

/** The thresholds of a scenario, in the order written. */
public record Thresholds(List<Threshold> all) {

    public Thresholds {
        all = List.copyOf(all);
    }

    public static Thresholds none() {
        return new Thresholds(List.of());
    }

    /** Parses each text; throws IllegalArgumentException for the first that does not parse. */
    public static Thresholds of(String... texts) {
        return new Thresholds(Arrays.stream(texts).map(Threshold::parse).toList());
    }

    public List<Check> evaluate(Measurements measurements) {
        return all.stream().flatMap(t -> ThresholdEvaluator.evaluate(t, measurements).stream()).toList();
    }
}
