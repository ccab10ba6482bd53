package dev.memchaos.scenario;

import java.util.Objects;
import java.util.Optional;

/** One side of a threshold: a (possibly scaled) metric of a variant, or a fixed value. */
public sealed interface Operand {

    /** {@code [factor *] metric [(variant)]}; without a variant it means "the variant being checked". */
    record MetricRef(double factor, Metric metric, Optional<String> variant) implements Operand {

        public MetricRef {
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(variant, "variant");
        }

        public String text() {
            return metric.text() + variant.map(v -> "(" + v + ")").orElse("");
        }
    }

    /** A fixed value already in the unit of the metric it meets: milliseconds, bytes, a 0..1 ratio, or 1/0. */
    record Literal(double value, Quantity quantity, String text) implements Operand {

        public Literal {
            Objects.requireNonNull(quantity, "quantity");
            Objects.requireNonNull(text, "text");
        }
    }

    /** What a literal's unit says it is. */
    enum Quantity {
        TIME, SIZE, PERCENT, NUMBER, BOOLEAN;

        boolean fits(MetricKind kind) {
            return switch (kind) {
                case TIME_MS -> this == TIME;
                case BYTES -> this == SIZE;
                case COUNT -> this == NUMBER;
                case RATIO -> this == NUMBER || this == PERCENT;
                case BOOLEAN -> this == BOOLEAN;
            };
        }
    }
}
