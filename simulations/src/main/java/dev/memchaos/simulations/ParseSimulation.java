package dev.memchaos.simulations;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.http.HttpDsl.http;

/** POST a JSON object of {@code memchaos.keys} keys to {@code /parse} at an open arrival rate. */
public class ParseSimulation extends OpenLoadSimulation {

    public static final String KEYS = "memchaos.keys";

    public ParseSimulation() {
        super("parse " + intProperty(KEYS, 1200) + " keys",
                http("POST /parse").post("/parse")
                        .header("Content-Type", "application/json")
                        .body(StringBody(JsonObjectBody.withKeys(intProperty(KEYS, 1200)))));
    }
}
