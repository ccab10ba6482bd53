package dev.memchaos.scenario;

import dev.memchaos.simulations.LoadSpec;
import dev.memchaos.simulations.Pacing;
import dev.memchaos.simulations.Parameter;
import dev.memchaos.simulations.Workload;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code load}: what sends the requests (a workload named in {@link Workload#all()}, the generic {@code http}
 * one, or a Gatling simulation class), its pacing ({@code rate} or {@code concurrency}) and timing.
 */
final class LoadReader {

    static final List<String> FIELDS = List.of("simulation", "rate", "concurrency", "rampUp", "duration");

    private LoadReader() {
    }

    static Optional<LoadSpec> read(YamlObject load, Path folder, Problems problems) {
        Optional<String> name = load.required("simulation", "the simulation to run: one of "
                + String.join(", ", Workload.names()) + ", or the class name of your Gatling simulation", FieldValues::text);
        Optional<Pacing> pacing = pacing(load, problems);
        Duration rampUp = load.optional("rampUp", FieldValues::nonNegativeDuration).orElse(Duration.ZERO);
        Optional<Duration> duration = load.required("duration", "how long to drive load, like 30s",
                FieldValues::positiveDuration);
        Optional<LoadSpec.Source> source = name.flatMap(n -> source(n, load, folder, problems));
        if (name.isEmpty()) {
            reportMisspeltFields(load, problems);
        }
        if (source.isEmpty() || pacing.isEmpty() || duration.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LoadSpec(source.get(), pacing.get(), rampUp, duration.get()));
    }

    /** Exactly one of {@code rate} (open model) and {@code concurrency} (closed model). */
    private static Optional<Pacing> pacing(YamlObject load, Problems problems) {
        boolean rate = load.get("rate").isPresent();
        boolean concurrency = load.get("concurrency").isPresent();
        if (rate && concurrency) {
            problems.add(load.path("concurrency"), "give rate (arrivals per second, open model) or concurrency"
                    + " (users at once, closed model), not both");
            return Optional.empty();
        }
        if (concurrency) {
            return load.optional("concurrency", FieldValues::concurrency).map(Pacing.Closed::new);
        }
        return load.required("rate", "the arrival rate, like 100/s (or instead concurrency: 16, a number of users"
                + " sending one request after the other)", FieldValues::rate).map(Pacing.Open::new);
    }

    private static Optional<LoadSpec.Source> source(String name, YamlObject load, Path folder, Problems problems) {
        if (UserSimulationReader.isClassName(name)) {
            return UserSimulationReader.read(name, load, problems);
        }
        if (name.equals("http")) {
            return HttpLoadReader.read(load, folder, problems);
        }
        Optional<Workload> workload = Workload.named(name);
        if (workload.isEmpty()) {
            List<String> names = Workload.names();
            String known = "known simulations: " + String.join(", ", names)
                    + ", or the fully qualified class name of a Gatling simulation (like com.acme.CheckoutSimulation)";
            problems.add(load.path("simulation"), "unknown simulation \"" + name + "\"; "
                    + Suggestions.closest(name, names).map(s -> "did you mean \"" + s + "\"? " + known).orElse(known));
            return Optional.empty();
        }
        return params(workload.get(), load, problems).map(params -> new LoadSpec.Named(workload.get(), params));
    }

    private static void reportMisspeltFields(YamlObject load, Problems problems) {
        for (String field : load.fieldNames()) {
            if (!FIELDS.contains(field)) {
                Suggestions.closest(field, FIELDS).ifPresent(
                        s -> problems.add(load.path(field), "unknown field; did you mean \"" + s + "\"?"));
            }
        }
    }

    /** Every parameter's value: as written, or its default; empty when one is wrong or missing. */
    private static Optional<Map<String, String>> params(Workload workload, YamlObject load, Problems problems) {
        List<String> allowed = new ArrayList<>(FIELDS);
        allowed.addAll(workload.parameterNames());
        for (String field : load.fieldNames()) {
            if (!allowed.contains(field)) {
                problems.add(load.path(field), "unknown parameter of the " + workload.name() + " simulation; "
                        + Suggestions.didYouMean(field, allowed, parametersOf(workload)));
            }
        }
        Map<String, String> params = new LinkedHashMap<>();
        boolean complete = true;
        for (Parameter parameter : workload.parameters()) {
            Optional<Integer> value = parameter.defaultValue().isPresent() && load.get(parameter.name()).isEmpty()
                    ? Optional.of(parameter.defaultValue().getAsInt())
                    : load.required(parameter.name(), "the " + workload.name() + " simulation needs it: "
                    + parameter.description() + ", from " + parameter.min() + " to " + parameter.max(),
                    text -> parameterValue(parameter, text));
            value.ifPresent(v -> params.put(parameter.name(), Integer.toString(v)));
            complete &= value.isPresent();
        }
        return complete ? Optional.of(params) : Optional.empty();
    }

    /** A workload's parameter: a whole number as {@link NumberText} says, in the parameter's range. */
    private static int parameterValue(Parameter parameter, String text) {
        return FieldValues.wholeNumber(text, parameter.min(), parameter.max(),
                "expected a whole number from " + parameter.min() + " to " + parameter.max());
    }

    private static String parametersOf(Workload workload) {
        return workload.parameters().isEmpty() ? "it takes no parameters"
                : "its parameters are " + String.join(", ", workload.parameterNames());
    }
}
