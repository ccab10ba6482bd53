package dev.memchaos.scenario;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** Measurements written by hand for tests: the variants of a run and the values set with {@link #with}. */
final class Measured implements Measurements {

    private final Map<String, Map<Metric, Double>> values = new HashMap<>();
    private final List<String> variants;

    Measured(String... variants) {
        this.variants = List.of(variants);
    }

    Measured with(String variant, Metric metric, double value) {
        values.computeIfAbsent(variant, v -> new HashMap<>()).put(metric, value);
        return this;
    }

    @Override
    public List<String> variants() {
        return variants;
    }

    @Override
    public OptionalDouble value(String variant, Metric metric) {
        Double v = values.getOrDefault(variant, Map.of()).get(metric);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }
}
