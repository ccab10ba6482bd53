package dev.memchaos.suite;

import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import dev.memchaos.simulations.LoadParameters;
import io.gatling.javaapi.core.Simulation;

/**
 * A user's own Gatling simulation, as a user writes one: no memchaos code but {@link LoadParameters}, so its results
 * reach the summary through Gatling's report. The path it requests comes from the scenario's {@code load.path}.
 */
public class HealthzUserSimulation extends Simulation {

    public HealthzUserSimulation() {
        LoadParameters load = LoadParameters.fromSystemProperties();
        String path = LoadParameters.param("path").orElseThrow(() -> new IllegalStateException("load.path is not set"));
        setUp(load.inject(scenario("healthz").exec(http("user-healthz").get(path))))
                .protocols(http.baseUrl(load.baseUrl()))
                .maxDuration(load.maxDuration());
    }
}
