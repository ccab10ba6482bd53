package dev.memchaos.simulations;

import static io.gatling.javaapi.http.HttpDsl.http;

import java.util.List;

/** Each arrival inserts {@code memchaos.batch} keys into the service's long-lived map and deletes them again. */
public class ChurnSimulation extends LoadSimulation {

    public static final Parameter BATCH = Parameter.of("batch", "keys inserted and deleted per request",
            1, 10_000_000, 100_000);
    public static final Workload WORKLOAD = new Workload("churn",
            "POSTs to /churn: insert `batch` keys into a long-lived map, then delete them all",
            List.of(BATCH), ChurnSimulation.class);

    public ChurnSimulation() {
        super("churn " + BATCH.value() + " keys",
                ReferenceRequest.recorded(http("POST /churn").post("/churn").queryParam("n", BATCH.value())));
    }
}
