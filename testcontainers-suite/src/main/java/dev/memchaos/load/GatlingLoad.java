package dev.memchaos.load;

import dev.memchaos.scenario.LoadSpec;
import dev.memchaos.simulations.OpenLoad;
import dev.memchaos.simulations.ResponseTimes;
import io.gatling.app.Gatling$;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs a scenario's load with Gatling embedded in this JVM. Gatling instantiates the
 * simulation itself, so the load's parameters travel as system properties, set for the
 * run and cleared after it. One load at a time per JVM.
 */
public final class GatlingLoad {

    private static final Object ONE_AT_A_TIME = new Object();

    public LoadResult run(LoadSpec load, URI baseUrl, Path resultsFolder, String description, long seed) throws LoadException {
        SimulationCatalog.Entry entry = SimulationCatalog.entryFor(load);
        Map<String, String> properties = properties(load, baseUrl, entry);
        properties.put(OpenLoad.SEED, Long.toString(seed));
        synchronized (ONE_AT_A_TIME) {
            properties.forEach(System::setProperty);
            ResponseTimes.reset();
            Instant start = Instant.now();
            try {
                Files.createDirectories(resultsFolder);
                int status = Gatling$.MODULE$.fromArgs(new String[] {
                    "--simulation", entry.simulation().getName(),
                    "--results-folder", resultsFolder.toAbsolutePath().toString(),
                    "--run-description", description,
                });
                Instant end = Instant.now();
                if (status != 0 && status != 2) {
                    throw new LoadException("Gatling stopped with status " + status + " running " + load.simulation(), null);
                }
                return new LoadResult(ResponseTimes.snapshot(), findReport(resultsFolder), start, end);
            } catch (LoadException e) {
                throw e;
            } catch (Exception e) {
                // Gatling (Scala) may throw checked exceptions it does not declare, e.g. a simulation's constructor failing.
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                throw new LoadException("Gatling could not run the " + load.simulation() + " simulation: " + cause.getMessage(), e);
            } finally {
                properties.keySet().forEach(System::clearProperty);
            }
        }
    }

    private static Map<String, String> properties(LoadSpec load, URI baseUrl, SimulationCatalog.Entry entry) {
        Map<String, String> properties = new HashMap<>();
        properties.put(OpenLoad.BASE_URL, baseUrl.toString());
        properties.put(OpenLoad.RATE, Double.toString(load.ratePerSecond()));
        properties.put(OpenLoad.RAMP_UP_MS, Long.toString(load.rampUp().toMillis()));
        properties.put(OpenLoad.DURATION_MS, Long.toString(load.duration().toMillis()));
        entry.parameterProperties().forEach((param, property) -> {
            String value = load.params().get(param);
            if (value != null) {
                properties.put(property, value);
            }
        });
        return properties;
    }

    private static Optional<Path> findReport(Path resultsFolder) throws IOException {
        try (Stream<Path> files = Files.walk(resultsFolder, 2)) {
            List<Path> reports = new ArrayList<>(files.filter(p -> p.getFileName().toString().equals("index.html")).toList());
            reports.sort(null);
            return reports.isEmpty() ? Optional.empty() : Optional.of(reports.get(reports.size() - 1));
        }
    }
}
