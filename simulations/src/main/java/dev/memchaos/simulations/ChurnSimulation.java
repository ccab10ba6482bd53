package dev.memchaos.simulations;

import static io.gatling.javaapi.http.HttpDsl.http;

/** Each arrival inserts {@code memchaos.batch} keys into the service's long-lived map and deletes them again. */
public class ChurnSimulation extends OpenLoadSimulation {

    public static final String BATCH = "memchaos.batch";

    public ChurnSimulation() {
        super("churn " + intProperty(BATCH, 100_000) + " keys",
                http("POST /churn").post("/churn").queryParam("n", intProperty(BATCH, 100_000)));
    }
}
