package dev.memchaos.simulations;

import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * One request per arrival (open model) or per turn of a user (closed model), paced by {@link LoadParameters}, every
 * response time recorded into {@link ResponseTimes}. A subclass names its scenario and builds its chain.
 */
abstract class LoadSimulation extends Simulation {

    protected final LoadParameters load = LoadParameters.fromSystemProperties();

    protected LoadSimulation(String scenarioName, ChainBuilder chain) {
        setUp(load.inject(scenarioName, chain))
                .protocols(http.baseUrl(load.baseUrl()).acceptHeader("application/json").shareConnections())
                .maxDuration(load.maxDuration());
    }
}
