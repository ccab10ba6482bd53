package dev.memchaos.scenario;

import dev.memchaos.scenario.Operand.Literal;
import dev.memchaos.scenario.Operand.MetricRef;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The one place thresholds are judged against measurements, and the sentences that explain each verdict. */
final class ThresholdEvaluator {

    private record Measured(MetricRef ref, String variant, String label, OptionalDouble raw) {

        String subject() {
            String subject = ref.metric().text() + " of " + variant;
            return ref.factor() == 1 ? subject : NumberText.exact(ref.factor()) + " times " + subject;
        }

        double value() {
            return raw.orElseThrow() * ref.factor();
        }

        String shown() {
            return label + " = " + (raw.isPresent() ? ref.metric().kind().format(raw.getAsDouble()) : "not measured");
        }
    }

    private ThresholdEvaluator() {
    }

    static List<Check> evaluate(Threshold threshold, Measurements measurements) {
        if (!threshold.variants().isEmpty()) {
            return List.of(check(threshold, null, measurements));
        }
        if (measurements.variants().isEmpty()) {
            return List.of(new Check(threshold.text(), threshold.text(), "", false,
                    "no variant was measured, so this threshold could not be checked", List.of()));
        }
        return measurements.variants().stream().map(v -> check(threshold, v, measurements)).toList();
    }

    private static Check check(Threshold threshold, String variant, Measurements measurements) {
        boolean swap = threshold.left() instanceof Literal;
        Operand left = swap ? threshold.right() : threshold.left();
        Operand right = swap ? threshold.left() : threshold.right();
        Operator operator = swap ? threshold.operator().flipped() : threshold.operator();

        List<Measured> measured = Stream.of(left, right)
                .filter(MetricRef.class::isInstance).map(MetricRef.class::cast)
                .map(ref -> measure(ref, variant, measurements)).toList();
        String name = variant == null ? threshold.text() : threshold.text() + " [" + variant + "]";
        List<String> variants = variant == null ? List.copyOf(threshold.variants()) : List.of(variant);
        String actual = measured.stream().map(Measured::shown).collect(Collectors.joining(", "));

        List<String> missing = measured.stream().filter(m -> m.raw().isEmpty())
                .map(m -> m.ref().metric().text() + " of " + m.variant()).toList();
        if (!missing.isEmpty()) {
            String why = String.join(" and ", missing) + (missing.size() == 1 ? " was" : " were") + " not measured";
            return new Check(name, threshold.text(), actual, false, why, variants);
        }
        Measured subject = measured.get(0);
        double lv = subject.value();
        double rv = right instanceof Literal literal ? literal.value() : measured.get(1).value();
        boolean pass = operator.test(lv, rv);
        String why = right instanceof Literal literal
                ? againstLimit(subject, lv, operator, literal, pass)
                : againstMetric(subject, lv, operator, measured.get(1), rv, pass);
        return new Check(name, threshold.text(), actual, pass, why, variants);
    }

    private static Measured measure(MetricRef ref, String current, Measurements measurements) {
        String variant = ref.variant().orElse(current);
        OptionalDouble raw = measurements.value(variant, ref.metric());
        if (raw == null || (raw.isPresent() && Double.isNaN(raw.getAsDouble()))) {
            raw = OptionalDouble.empty();
        }
        String label = current == null ? ref.text() : ref.metric().text();
        return new Measured(ref, variant, label, raw);
    }

    private static String againstLimit(Measured subject, double value, Operator operator, Literal limit,
                                       boolean pass) {
        String was = subject.subject() + " was " + subject.ref().metric().kind().format(value);
        String at = limit.text();
        boolean equal = value == limit.value();
        return switch (operator) {
            case LT, LE -> pass ? was + ", within the limit of " + at
                    : equal ? was + ", at the limit of " + at + ", which it must stay below"
                    : was + ", above the limit of " + at;
            case GT, GE -> pass ? was + (equal ? ", at the minimum of " : ", above the minimum of ") + at
                    : equal ? was + ", at the minimum of " + at + ", which it must exceed"
                    : was + ", below the minimum of " + at;
            case EQ -> pass ? was + ", as required" : was + "; it must be " + at;
            case NE -> pass ? was + ", not " + at + ", as required" : was + "; it must not be " + at;
        };
    }

    private static String againstMetric(Measured left, double lv, Operator operator, Measured right, double rv,
                                        boolean pass) {
        MetricKind kind = left.ref().metric().kind();
        String relation = kind == MetricKind.BOOLEAN ? (lv == rv ? "the same as" : "unlike")
                : lv < rv ? "below" : lv > rv ? "above" : "equal to";
        String sentence = left.subject() + " was " + kind.format(lv) + ", " + relation + " "
                + right.subject() + " (" + kind.format(rv) + ")";
        return pass ? sentence : sentence + "; it must be " + switch (operator) {
            case LT -> "below it";
            case LE -> "at most that";
            case GT -> "above it";
            case GE -> "at least that";
            case EQ -> "the same";
            case NE -> "different";
        };
    }
}
