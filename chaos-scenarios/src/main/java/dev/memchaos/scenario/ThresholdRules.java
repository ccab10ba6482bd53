package dev.memchaos.scenario;

import dev.memchaos.scenario.Operand.Literal;
import dev.memchaos.scenario.Operand.MetricRef;
import dev.memchaos.scenario.Operand.Quantity;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Whether a parsed threshold makes sense: like compares with like, booleans only with == and !=, and its outcome is
 * not known before anything is measured. Every metric is zero or more, a ratio at most 1 ({@link MetricKind}), and
 * some metrics of one variant are ordered ({@link MetricOrder}); a threshold those facts alone decide could never
 * pass, or never fail, and checks nothing.
 */
final class ThresholdRules {

    private static final String EITHER_WAY = "; a threshold must be able to pass and to fail";

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
            if (ref.factor() == 0) {
                return Optional.of("a factor of 0 makes " + scaled(ref) + " always 0, whatever was measured;"
                        + " use a factor above 0");
            }
        }
        if (left instanceof MetricRef a && right instanceof MetricRef b) {
            if (a.metric().kind() != b.metric().kind()) {
                return Optional.of(a.metric().text() + " is " + a.metric().kind().noun() + " but "
                        + b.metric().text() + " is " + b.metric().kind().noun() + "; only like compares with like");
            }
            return ordered(a, operator, b);
        }
        boolean literalFirst = left instanceof Literal;
        MetricRef ref = refs.get(0);
        Literal literal = (Literal) (literalFirst ? left : right);
        return literalProblem(ref.metric(), literal)
                .or(() -> decided(ref, literalFirst ? operator.flipped() : operator, literal));
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

    /** {@code ref operator literal} where the metric's range alone decides it: a sentence saying so. */
    private static Optional<String> decided(MetricRef ref, Operator operator, Literal literal) {
        if (ref.metric().kind() == MetricKind.BOOLEAN) {
            return Optional.empty();
        }
        double lo = ref.factor() * ref.metric().kind().lowest();
        double hi = ref.factor() * ref.metric().kind().highest();
        double value = literal.value();
        boolean canPass = switch (operator) {
            case LT -> lo < value;
            case LE -> lo <= value;
            case GT -> hi > value;
            case GE -> hi >= value;
            case EQ -> lo <= value && value <= hi;
            case NE -> lo < hi || value != lo;
        };
        boolean canFail = switch (operator) {
            case LT -> hi >= value;
            case LE -> hi > value;
            case GT -> lo <= value;
            case GE -> lo < value;
            case EQ -> lo < hi || value != lo;
            case NE -> lo <= value && value <= hi;
        };
        if (canPass && canFail) {
            return Optional.empty();
        }
        boolean byLowest = switch (operator) {
            case LT, LE -> !canPass;
            case GT, GE -> !canFail;
            case EQ, NE -> value < lo;
        };
        String bound = byLowest ? "below " + inUnitOf(literal, lo) : "above " + inUnitOf(literal, hi);
        return Optional.of((canPass ? "cannot fail" : "cannot pass") + ": " + scaled(ref) + " is never " + bound
                + EITHER_WAY);
    }

    /** {@code a operator b} for metrics of one variant whose order is known: a sentence when that decides it. */
    private static Optional<String> ordered(MetricRef a, Operator operator, MetricRef b) {
        if (!a.variant().equals(b.variant())) {
            return Optional.empty();
        }
        boolean atMost = MetricOrder.atMost(a.metric(), b.metric()) && a.factor() <= b.factor();
        boolean atLeast = MetricOrder.atMost(b.metric(), a.metric()) && b.factor() <= a.factor();
        String which = switch (operator) {
            case LE -> atMost ? "cannot fail: %s is never above %s" : null;
            case GT -> atMost ? "cannot pass: %s is never above %s" : null;
            case GE -> atLeast ? "cannot fail: %s is never below %s" : null;
            case LT -> atLeast ? "cannot pass: %s is never below %s" : null;
            case EQ -> atMost && atLeast ? "cannot fail: %s is always equal to %s" : null;
            case NE -> atMost && atLeast ? "cannot pass: %s is always equal to %s" : null;
        };
        if (which == null) {
            return Optional.empty();
        }
        String sameVariant = a.variant().isEmpty() ? " of the same variant" : "";
        return Optional.of(which.formatted(scaled(a), scaled(b)) + sameVariant + EITHER_WAY);
    }

    /** The metric as written with its factor: {@code p(99)}, {@code 2 * latency.max}. */
    private static String scaled(MetricRef ref) {
        return ref.factor() == 1 ? ref.text() : NumberText.exact(ref.factor()) + " * " + ref.text();
    }

    /**
     * A bound of the metric, written in the unit of the literal it meets: {@code 0ms}, {@code 100%}, {@code 1}. Only
     * a ratio has an upper bound, so a time or a size bound is always 0.
     */
    private static String inUnitOf(Literal literal, double bound) {
        String unit = literal.text().replaceFirst("^[0-9.]+ *", "");
        return NumberText.exact(literal.quantity() == Quantity.PERCENT ? bound * 100 : bound) + unit;
    }
}
