package dev.memchaos.scenario;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The load to drive: which simulation, at what arrival rate, for how long, with its parameters. */
public record LoadSpec(String simulation, double ratePerSecond, Duration rampUp, Duration duration,
                       Map<String, String> params) {

    public LoadSpec {
        Objects.requireNonNull(simulation, "simulation");
        Objects.requireNonNull(rampUp, "rampUp");
        Objects.requireNonNull(duration, "duration");
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** How long the load runs in all, ramp-up included; fault times count within it. */
    public Duration total() {
        return rampUp.plus(duration);
    }

    public int intParam(String name) {
        String value = params.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the " + simulation + " simulation has no parameter " + name
                    + "; it has " + params.keySet());
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter " + name + " of the " + simulation
                    + " simulation is \"" + value + "\", not a whole number");
        }
    }
}
