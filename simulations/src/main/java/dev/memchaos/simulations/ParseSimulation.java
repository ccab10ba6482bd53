package dev.memchaos.simulations;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * POST a JSON object of {@code memchaos.keys} keys to {@code /parse} at an open arrival rate.
 * Every response time goes to {@link ResponseTimes}.
 */
public class ParseSimulation extends Simulation {

    public static final String KEYS = "memchaos.keys";

    private final OpenLoad load = OpenLoad.fromSystemProperties();
    private final int keys = Integer.getInteger(KEYS, 1200);

    private final HttpProtocolBuilder protocol = http
            .baseUrl(load.baseUrl())
            .contentTypeHeader("application/json")
            .acceptHeader("application/json")
            .shareConnections();

    private final ScenarioBuilder parse = scenario("parse " + keys + " keys")
            .exec(http("POST /parse")
                    .post("/parse")
                    .body(StringBody(JsonObjectBody.withKeys(keys)))
                    .check(responseTimeInMillis().saveAs("responseTimeMs"), status().is(200)))
            .exec(ParseSimulation::recordResponseTime);

    {
        setUp(parse.injectOpen(
                        rampUsersPerSec(1).to(load.ratePerSecond()).during(load.rampUp()),
                        constantUsersPerSec(load.ratePerSecond()).during(load.duration())))
                .protocols(protocol)
                .maxDuration(load.maxDuration());
    }

    static Session recordResponseTime(Session session) {
        if (session.contains("responseTimeMs")) {
            ResponseTimes.record(session.getLong("responseTimeMs"), !session.isFailed());
        } else {
            ResponseTimes.recordNoResponse();
        }
        return session;
    }
}
