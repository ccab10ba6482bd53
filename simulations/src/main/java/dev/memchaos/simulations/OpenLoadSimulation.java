package dev.memchaos.simulations;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * One request per arrival, at an open rate (ramp, then hold), every response time recorded
 * into {@link ResponseTimes}. A subclass names its scenario and builds its request.
 */
abstract class OpenLoadSimulation extends Simulation {

    protected final OpenLoad load = OpenLoad.fromSystemProperties();

    protected OpenLoadSimulation(String scenarioName, HttpRequestActionBuilder request) {
        setUp(scenario(scenarioName)
                .exec(request.check(responseTimeInMillis().saveAs("responseTimeMs"), status().is(200)))
                .exec(OpenLoadSimulation::recordResponseTime)
                .injectOpen(injection(load)))
                .protocols(http.baseUrl(load.baseUrl()).acceptHeader("application/json").shareConnections())
                .maxDuration(load.maxDuration());
    }

    /** Ramp from 1/s to the rate (when there is a ramp), then hold the rate. */
    static OpenInjectionStep[] injection(OpenLoad load) {
        OpenInjectionStep hold = constantUsersPerSec(load.ratePerSecond()).during(load.duration());
        if (load.rampUp().isZero()) {
            return new OpenInjectionStep[] {hold};
        }
        return new OpenInjectionStep[] {rampUsersPerSec(1).to(load.ratePerSecond()).during(load.rampUp()), hold};
    }

    static Session recordResponseTime(Session session) {
        if (session.contains("responseTimeMs")) {
            ResponseTimes.record(session.getLong("responseTimeMs"), !session.isFailed());
        } else {
            ResponseTimes.recordNoResponse();
        }
        return session;
    }

    static int intProperty(String name, int defaultValue) {
        return Integer.getInteger(name, defaultValue);
    }
}
