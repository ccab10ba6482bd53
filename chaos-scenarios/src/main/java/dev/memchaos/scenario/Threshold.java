package dev.memchaos.scenario;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/** A parsed and type-checked threshold such as {@code p(99) < 250ms}; {@code text} is what the user wrote. */
public record Threshold(String text, Operand left, Operator operator, Operand right) {

    public Threshold {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(right, "right");
    }

    /** Parses one threshold; the message of the exception says where and what was expected. */
    public static Threshold parse(String text) {
        return new ThresholdParser(text).parse();
    }

    /** The variants this threshold names; empty when it is checked for every variant. */
    public Set<String> variants() {
        Set<String> names = new LinkedHashSet<>();
        metrics().forEach(m -> m.variant().ifPresent(names::add));
        return names;
    }

    Stream<Operand.MetricRef> metrics() {
        return Stream.of(left, right)
                .filter(Operand.MetricRef.class::isInstance)
                .map(Operand.MetricRef.class::cast);
    }

    @Override
    public String toString() {
        return text;
    }
}
