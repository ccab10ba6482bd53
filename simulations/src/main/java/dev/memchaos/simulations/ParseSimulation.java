package dev.memchaos.simulations;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.http.HttpDsl.http;

import java.util.List;

/** POST a JSON object of {@code memchaos.keys} keys to {@code /parse}. */
public class ParseSimulation extends LoadSimulation {

    public static final Parameter KEYS = Parameter.of("keys", "keys in each JSON object sent", 1, 1_000_000, 1200);
    public static final Workload WORKLOAD = new Workload("parse", "POSTs a JSON object of `keys` keys to /parse",
            List.of(KEYS), ParseSimulation.class);

    public ParseSimulation() {
        super("parse " + KEYS.value() + " keys", ReferenceRequest.recorded(http("POST /parse").post("/parse")
                .header("Content-Type", "application/json")
                .body(StringBody(JsonObjectBody.withKeys(KEYS.value())))));
    }
}
