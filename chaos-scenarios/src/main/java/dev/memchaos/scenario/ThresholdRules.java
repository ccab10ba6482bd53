package dev.memchaos.scenario;

import dev.memchaos.scenario.Operand.Literal;
import dev.memchaos.scenario.Operand.MetricRef;
import dev.memchaos.scenario.Operand.Quantity;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Whether a parsed threshold makes sense: like compares with like, booleans only with == and !=. */
final class ThresholdRules {

    private ThresholdRules() {
    }

    static Optional<String> problem(Operand left, Operator operator, Operand right) {
        List<MetricRef> refs = Stream.of(left, right)
                .filter(MetricRef.class::isInstance).map(MetricRef.class::cast).toList();
        if (refs.isEmpty()) {
            return Optional.of("compares two fixed values; one side must be a metric like p(99)");
        }
        long qualified = refs.stream().filter(r -> r.variant().isPresent()).count();
        if (qualified > 0 && qualified < refs.size()) {
            return Optional.of("names a variant on one metric but not on the other; name a variant on both,"
                    + " or on neither to check every variant");
        }
        for (MetricRef ref : refs) {
            if (ref.metric().kind() == MetricKind.BOOLEAN) {
                if (ref.factor() != 1) {
                    return Optional.of(ref.metric().text() + " is true or false and cannot be multiplied");
                }
                if (operator != Operator.EQ && operator != Operator.NE) {
                    return Optional.of(ref.metric().text() + " is true or false; compare it with == or !=");
                }
            }
        }
        if (left instanceof MetricRef a && right instanceof MetricRef b) {
            return a.metric().kind() == b.metric().kind() ? Optional.empty()
                    : Optional.of(a.metric().text() + " is " + a.metric().kind().noun() + " but "
                            + b.metric().text() + " is " + b.metric().kind().noun() + "; only like compares with like");
        }
        MetricRef ref = refs.get(0);
        Literal literal = (Literal) (left instanceof Literal ? left : right);
        return literalProblem(ref.metric(), literal);
    }

    private static Optional<String> literalProblem(Metric metric, Literal literal) {
        MetricKind kind = metric.kind();
        if (!literal.quantity().fits(kind)) {
            return Optional.of(metric.text() + " is " + kind.noun() + "; compare it with " + kind.comparesWith()
                    + ", not " + literal.text());
        }
        if (kind == MetricKind.RATIO && literal.quantity() == Quantity.NUMBER && literal.value() > 1) {
            return Optional.of(metric.text() + " is " + kind.noun() + "; write " + literal.text() + "% or "
                    + NumberText.exact(literal.value() / 100) + ", not " + literal.text());
        }
        return Optional.empty();
    }
}
