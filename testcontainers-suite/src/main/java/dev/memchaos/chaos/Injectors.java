package dev.memchaos.chaos;

import dev.memchaos.backend.Target;
import dev.memchaos.scenario.FaultSpec;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The injectors a backend registers, one per fault type: what it can inject is exactly
 * what is registered here. Immutable.
 */
public final class Injectors<T extends Target> {

    private final Map<String, Injector<?, ? super T>> byType;

    private Injectors(Map<String, Injector<?, ? super T>> byType) {
        this.byType = Collections.unmodifiableMap(new LinkedHashMap<>(byType));
    }

    public static <T extends Target> Builder<T> builder() {
        return new Builder<>();
    }

    /** The fault types this backend can inject, by their scenario names (e.g. {@code memory-pressure}). */
    public Set<String> faultTypes() {
        return byType.keySet();
    }

    /** The sentence refusing a fault type: "this backend cannot inject X faults (it can: ...)". */
    public String refusal(String faultType) {
        return "this backend cannot inject " + faultType + " faults (it can: "
                + String.join(", ", new TreeSet<>(faultTypes())) + ")";
    }

    /** Applies {@code spec} to {@code target} with the injector registered for its type. */
    public Applied apply(T target, FaultSpec spec) {
        Injector<?, ? super T> injector = byType.get(spec.type());
        if (injector == null) {
            throw new IllegalArgumentException(refusal(spec.type()));
        }
        return apply(injector, target, spec);
    }

    private static <S extends FaultSpec, U extends Target> Applied apply(Injector<S, U> injector, U target, FaultSpec spec) {
        return injector.apply(target, injector.specType().cast(spec));
    }

    /** Collects injectors, at most one per fault type. */
    public static final class Builder<T extends Target> {

        private final Map<String, Injector<?, ? super T>> byType = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder<T> with(Injector<?, ? super T> injector) {
            if (byType.putIfAbsent(injector.faultType(), injector) != null) {
                throw new IllegalArgumentException("two injectors for " + injector.faultType() + " faults: register one");
            }
            return this;
        }

        public Injectors<T> build() {
            return new Injectors<>(byType);
        }
    }
}
