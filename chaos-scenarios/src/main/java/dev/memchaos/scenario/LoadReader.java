package dev.memchaos.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads {@code load}: the simulation, its rate and timing, and the parameters that simulation takes. */
final class LoadReader {

    private static final List<String> FIELDS = List.of("simulation", "rate", "rampUp", "duration");

    private LoadReader() {
    }

    static Optional<LoadSpec> read(YamlObject load, Problems problems) {
        Optional<String> name = load.required("simulation",
                "the simulation to run, one of " + String.join(", ", KnownSimulation.names()), FieldValues::text);
        Optional<KnownSimulation> simulation = name.flatMap(n -> known(n, load, problems));
        Optional<Double> rate = load.required("rate", "the arrival rate, like 100/s", FieldValues::rate);
        Duration rampUp = load.optional("rampUp", DurationText::parse).orElse(Duration.ZERO);
        Optional<Duration> duration = load.required("duration", "how long to drive load, like 30s",
                FieldValues::positiveDuration);
        if (simulation.isEmpty()) {
            reportMisspeltFields(load, problems);
        }
        Map<String, String> params = simulation.map(s -> params(s, load, problems)).orElse(Map.of());
        if (simulation.isEmpty() || rate.isEmpty() || duration.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LoadSpec(simulation.get().name(), rate.get(), rampUp, duration.get(), params));
    }

    private static Optional<KnownSimulation> known(String name, YamlObject load, Problems problems) {
        Optional<KnownSimulation> simulation = KnownSimulation.named(name);
        if (simulation.isEmpty()) {
            List<String> names = KnownSimulation.names();
            String known = "known simulations: " + String.join(", ", names);
            problems.add(load.path("simulation"), "unknown simulation \"" + name + "\"; "
                    + Suggestions.closest(name, names).map(s -> "did you mean \"" + s + "\"? " + known).orElse(known));
        }
        return simulation;
    }

    private static void reportMisspeltFields(YamlObject load, Problems problems) {
        for (String field : load.fieldNames()) {
            if (!FIELDS.contains(field)) {
                Suggestions.closest(field, FIELDS).ifPresent(
                        s -> problems.add(load.path(field), "unknown field; did you mean \"" + s + "\"?"));
            }
        }
    }

    private static Map<String, String> params(KnownSimulation simulation, YamlObject load, Problems problems) {
        List<String> allowed = new ArrayList<>(FIELDS);
        allowed.addAll(simulation.parameterNames());
        for (String field : load.fieldNames()) {
            if (!allowed.contains(field)) {
                problems.add(load.path(field), "unknown parameter of the " + simulation.name() + " simulation; "
                        + Suggestions.didYouMean(field, allowed, parametersOf(simulation)));
            }
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (KnownSimulation.Parameter parameter : simulation.parameters()) {
            load.required(parameter.name(), "the " + simulation.name() + " simulation needs it: "
                            + parameter.description() + ", from " + parameter.min() + " to " + parameter.max(),
                    parameter::check).ifPresent(value -> params.put(parameter.name(), value));
        }
        return params;
    }

    private static String parametersOf(KnownSimulation simulation) {
        return simulation.parameters().isEmpty() ? "it takes no parameters"
                : "its parameters are " + String.join(", ", simulation.parameterNames());
    }
}
