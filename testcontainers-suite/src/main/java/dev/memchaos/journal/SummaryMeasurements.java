package dev.memchaos.journal;

import dev.memchaos.scenario.Measurements;
import dev.memchaos.scenario.Metric;
import java.util.List;
import java.util.OptionalDouble;

/** An archived run's measurements read back from its summary: what a baseline comparison compares with. */
public record SummaryMeasurements(Summary summary) implements Measurements {

    @Override
    public List<String> variants() {
        return summary.variants().stream().map(Summary.VariantSummary::name).toList();
    }

    @Override
    public OptionalDouble value(String variant, Metric metric) {
        return summary.variant(variant).map(v -> v.value(metric)).orElse(OptionalDouble.empty());
    }
}
