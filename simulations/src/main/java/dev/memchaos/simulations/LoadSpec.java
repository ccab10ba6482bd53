package dev.memchaos.simulations;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The load a scenario drives: what sends it ({@link Source}: a named workload, the generic {@code http} one, or a
 * user's own Gatling simulation), how arrivals are paced, the ramp and how long it is held.
 */
public record LoadSpec(Source source, Pacing pacing, Duration rampUp, Duration duration) {

    /** What sends the requests. */
    public sealed interface Source {
        /** As written in {@code load.simulation}. */
        String simulation();
    }

    /** A workload memchaos knows by name, with every parameter's value (defaults filled in). */
    public record Named(Workload workload, Map<String, String> params) implements Source {
        public Named {
            Objects.requireNonNull(workload, "workload");
            params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        }

        @Override
        public String simulation() {
            return workload.name();
        }
    }

    /** The generic {@code http} workload; its {@code bodyFile}s and feeder are relative to {@code folder}. */
    public record Http(HttpLoad load, Path folder) implements Source {
        public Http {
            Objects.requireNonNull(load, "load");
            Objects.requireNonNull(folder, "folder");
        }

        @Override
        public String simulation() {
            return HttpSimulation.WORKLOAD.name();
        }

        /** Every file the requests read, by the name the scenario gives it (relative to the scenario's folder). */
        public Map<String, Path> files() {
            Map<String, Path> files = new LinkedHashMap<>();
            load.requests().stream().map(HttpRequestSpec::bodyFile).filter(Objects::nonNull)
                    .forEach(f -> files.put(f, folder.resolve(f)));
            load.feederFile().ifPresent(f -> files.put(f, folder.resolve(f)));
            return files;
        }
    }

    /**
     * A user's Gatling simulation, by class name; {@code params} are the {@code load} block's other fields, handed
     * to it as {@link LoadParameters#PARAM_PREFIX}{@code <field>}.
     */
    public record UserSimulation(String className, Map<String, String> params) implements Source {
        public UserSimulation {
            Objects.requireNonNull(className, "className");
            params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        }

        @Override
        public String simulation() {
            return className;
        }
    }

    public LoadSpec {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(pacing, "pacing");
        Objects.requireNonNull(rampUp, "rampUp");
        Objects.requireNonNull(duration, "duration");
    }

    /** A named workload at an open rate. */
    public static LoadSpec named(Workload workload, Map<String, String> params, double ratePerSecond, Duration rampUp,
                                 Duration duration) {
        return new LoadSpec(new Named(workload, params), new Pacing.Open(ratePerSecond), rampUp, duration);
    }

    public String simulation() {
        return source.simulation();
    }

    /** How long the load runs in all, ramp-up included; fault times count within it. */
    public Duration total() {
        return rampUp.plus(duration);
    }

    /** The same requests at an open rate, without a ramp: the steady-state probe. */
    public LoadSpec probe(double ratePerSecond, Duration probeDuration) {
        return new LoadSpec(source, new Pacing.Open(ratePerSecond), Duration.ZERO, probeDuration);
    }

    /** The parameters as written (a named workload's with its defaults, a user simulation's other fields). */
    public Map<String, String> params() {
        if (source instanceof Named named) {
            return named.params();
        }
        if (source instanceof UserSimulation user) {
            return user.params();
        }
        return Map.of();
    }

    /** The files the load reads, by their name in the scenario; empty but for {@code http}. */
    public Map<String, Path> files() {
        return source instanceof Http http ? http.files() : Map.of();
    }

    /** The system properties that carry the parameters to the simulation (not the pacing: {@link LoadParameters}). */
    public Map<String, String> parameterProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        if (source instanceof Named named) {
            for (Parameter parameter : named.workload().parameters()) {
                String value = named.params().get(parameter.name());
                if (value != null) {
                    properties.put(parameter.property(), value);
                }
            }
        } else if (source instanceof UserSimulation user) {
            user.params().forEach((field, value) -> properties.put(LoadParameters.PARAM_PREFIX + field, value));
        }
        return properties;
    }

    public int intParam(String name) {
        String value = params().get(name);
        if (value == null) {
            throw new IllegalArgumentException("the " + simulation() + " simulation has no parameter " + name
                    + "; it has " + params().keySet());
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter " + name + " of the " + simulation()
                    + " simulation is \"" + value + "\", not a whole number");
        }
    }
}
