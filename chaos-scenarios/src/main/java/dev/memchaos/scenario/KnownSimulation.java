package dev.memchaos.scenario;

import java.util.List;
import java.util.Optional;

/** A load simulation a scenario may name in {@code load.simulation}, with the parameters it requires. */
public record KnownSimulation(String name, String description, List<Parameter> parameters) {

    public static final List<KnownSimulation> ALL = List.of(
            new KnownSimulation("parse", "POSTs a JSON object of `keys` keys to /parse",
                    List.of(new Parameter("keys", 1, 1_000_000, "keys in each JSON object sent"))),
            new KnownSimulation("kv", "POSTs to /kv/ops: `ops` reads and writes of random keys of a `keyspace` against the shared store",
                    List.of(new Parameter("ops", 1, 100_000, "operations per request"),
                            new Parameter("writes", 0, 100, "percent of operations that write"),
                            new Parameter("keyspace", 1, 10_000_000, "distinct keys the operations pick from"))),
            new KnownSimulation("churn", "POSTs to /churn: insert `batch` keys into a long-lived map, then delete them all",
                    List.of(new Parameter("batch", 1, 10_000_000, "keys inserted and deleted per request"))),
            new KnownSimulation("append", "POSTs to /append: build a slice of `elements` elements by append",
                    List.of(new Parameter("elements", 1, 100_000_000, "elements appended per request"))));

    /** A whole-number parameter within a range. */
    public record Parameter(String name, int min, int max, String description) {

        String check(String text) {
            try {
                int value = Integer.parseInt(text.strip());
                if (value >= min && value <= max) {
                    return Integer.toString(value);
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw new IllegalArgumentException("expected a whole number from " + min + " to " + max + ", got " + text);
        }
    }

    public KnownSimulation {
        parameters = List.copyOf(parameters);
    }

    public static Optional<KnownSimulation> named(String name) {
        return ALL.stream().filter(s -> s.name.equals(name)).findFirst();
    }

    public static List<String> names() {
        return ALL.stream().map(KnownSimulation::name).toList();
    }

    public List<String> parameterNames() {
        return parameters.stream().map(Parameter::name).toList();
    }
}
