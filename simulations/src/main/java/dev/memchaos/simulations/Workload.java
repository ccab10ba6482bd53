package dev.memchaos.simulations;

import io.gatling.javaapi.core.Simulation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A workload a scenario names in {@code load.simulation}: what it sends, its parameters (each with its range, default
 * and system property), and the Gatling simulation that runs it. Scenario validation and the runner both read these.
 */
public record Workload(String name, String description, List<Parameter> parameters,
                       Class<? extends Simulation> simulation) {

    public Workload {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(simulation, "simulation");
        parameters = List.copyOf(parameters);
    }

    /** Every named workload: the four reference workloads against mapsvc, then the generic {@code http} one. */
    public static List<Workload> all() {
        return List.of(ParseSimulation.WORKLOAD, KvSimulation.WORKLOAD, ChurnSimulation.WORKLOAD,
                AppendSimulation.WORKLOAD, HttpSimulation.WORKLOAD);
    }

    public static Optional<Workload> named(String name) {
        return all().stream().filter(w -> w.name.equals(name)).findFirst();
    }

    public static List<String> names() {
        return all().stream().map(Workload::name).toList();
    }

    public List<String> parameterNames() {
        return parameters.stream().map(Parameter::name).toList();
    }
}
