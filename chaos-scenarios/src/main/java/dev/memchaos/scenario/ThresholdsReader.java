package dev.memchaos.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Reads a list of threshold texts, like {@code thresholds} or {@code hypothesis.checks}, and the variants named. */
final class ThresholdsReader {

    private ThresholdsReader() {
    }

    /** The thresholds that parse; an absent field is none. Unknown variants are checked when any are declared. */
    static Thresholds read(YamlObject parent, String field, List<String> declaredVariants, Problems problems) {
        return read(parent, field, declaredVariants, problems, threshold -> Optional.empty());
    }

    /** As {@link #read(YamlObject, String, List, Problems)}; {@code refusal} says why a parsed one has no place here. */
    static Thresholds read(YamlObject parent, String field, List<String> declaredVariants, Problems problems,
                           Function<Threshold, Optional<String>> refusal) {
        List<JsonNode> items = parent.list(field).orElse(List.of());
        List<Threshold> thresholds = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            FieldPath at = parent.path(field).at(i);
            JsonNode item = items.get(i);
            if (!item.isTextual()) {
                problems.add(at, "expected a threshold in quotes like \"p(99) < 250ms\", got "
                        + YamlObject.describe(item));
                continue;
            }
            parent.scalar(at, item, Threshold::parse).ifPresent(threshold -> {
                Optional<String> refused = refusal.apply(threshold);
                if (refused.isPresent()) {
                    problems.add(at, refused.get());
                    return;
                }
                thresholds.add(threshold);
                if (!declaredVariants.isEmpty()) {
                    checkVariants(at, threshold, declaredVariants, problems);
                }
            });
        }
        return new Thresholds(thresholds);
    }

    /** The steady-state metrics a threshold names: those the hypothesis produces. */
    static List<Metric> steadyStateMetrics(Threshold threshold) {
        return threshold.metrics().map(Operand.MetricRef::metric)
                .filter(m -> m == Metric.Named.STEADY_STATE_BEFORE || m == Metric.Named.STEADY_STATE_AFTER)
                .distinct().toList();
    }

    private static void checkVariants(FieldPath at, Threshold threshold, List<String> declared, Problems problems) {
        for (String name : threshold.variants()) {
            if (!declared.contains(name)) {
                String known = "declared variants: " + String.join(", ", declared);
                problems.add(at, "\"" + threshold.text() + "\" names variant \"" + name
                        + "\", which this scenario does not declare; "
                        + Suggestions.didYouMean(name, declared, known));
            }
        }
    }
}
