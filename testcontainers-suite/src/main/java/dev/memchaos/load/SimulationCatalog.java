package dev.memchaos.load;

import dev.memchaos.scenario.LoadSpec;
import dev.memchaos.simulations.AppendSimulation;
import dev.memchaos.simulations.ChurnSimulation;
import dev.memchaos.simulations.KvSimulation;
import dev.memchaos.simulations.ParseSimulation;
import io.gatling.javaapi.core.Simulation;
import java.util.Map;

/** Which Gatling simulation runs a scenario's {@code load.simulation}, and how its parameters reach it. */
public final class SimulationCatalog {

    record Entry(Class<? extends Simulation> simulation, Map<String, String> parameterProperties) {
    }

    private static final Map<String, Entry> ENTRIES = Map.of(
            "parse", new Entry(ParseSimulation.class, Map.of("keys", ParseSimulation.KEYS)),
            "kv", new Entry(KvSimulation.class,
                    Map.of("ops", KvSimulation.OPS, "writes", KvSimulation.WRITES, "keyspace", KvSimulation.KEYSPACE)),
            "churn", new Entry(ChurnSimulation.class, Map.of("batch", ChurnSimulation.BATCH)),
            "append", new Entry(AppendSimulation.class, Map.of("elements", AppendSimulation.ELEMENTS)));

    private SimulationCatalog() {
    }

    static Entry entryFor(LoadSpec load) {
        Entry entry = ENTRIES.get(load.simulation());
        if (entry == null) {
            throw new IllegalArgumentException("no simulation is named " + load.simulation() + "; known: " + ENTRIES.keySet());
        }
        return entry;
    }

    public static boolean knows(String simulation) {
        return ENTRIES.containsKey(simulation);
    }
}
