package dev.memchaos.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Optional;

/** Reads {@code hypothesis}: the probe load and the checks that say the target is in its steady state. */
final class HypothesisReader {

    private static final List<String> FIELDS = List.of("rate", "duration", "checks");

    private HypothesisReader() {
    }

    static Optional<Hypothesis> read(YamlObject hypothesis, List<String> declaredVariants, Problems problems) {
        hypothesis.allowOnly(FIELDS);
        double rate = hypothesis.optional("rate", FieldValues::rate).orElse(Hypothesis.DEFAULT_RATE);
        Duration duration = hypothesis.optional("duration", FieldValues::positiveDuration)
                .orElse(Hypothesis.DEFAULT_DURATION);
        Optional<JsonNode> written = hypothesis.get("checks");
        if (written.isEmpty()) {
            problems.add(hypothesis.path("checks"), "is required: the steady state, as thresholds like"
                    + " \"errors == 0\" that must hold before the faults and again after they are reverted");
            return Optional.empty();
        }
        if (written.get().isArray() && written.get().isEmpty()) {
            problems.add(hypothesis.path("checks"), "at least one check is required, like \"errors == 0\"");
            return Optional.empty();
        }
        Thresholds checks = ThresholdsReader.read(hypothesis, "checks", declaredVariants, problems,
                HypothesisReader::selfReference);
        return checks.all().isEmpty() ? Optional.empty() : Optional.of(new Hypothesis(rate, duration, checks));
    }

    /** A check on the steady state's own outcome: the checks produce steadyState.before/after, so cannot read it. */
    private static Optional<String> selfReference(Threshold check) {
        List<Metric> named = ThresholdsReader.steadyStateMetrics(check);
        if (named.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("names " + named.stream().map(Metric::text).collect(Collectors.joining(" and "))
                + ", the outcome of these very checks; a check cannot depend on itself, so check what the steady state"
                + " is, like \"errors == 0\", and put \"" + check.text() + "\" under thresholds");
    }
}
