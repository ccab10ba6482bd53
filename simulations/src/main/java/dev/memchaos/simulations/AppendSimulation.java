package dev.memchaos.simulations;

import static io.gatling.javaapi.http.HttpDsl.http;

/** Each arrival has the service build a slice of {@code memchaos.elements} elements by append. */
public class AppendSimulation extends OpenLoadSimulation {

    public static final String ELEMENTS = "memchaos.elements";

    public AppendSimulation() {
        super("append " + intProperty(ELEMENTS, 100_000) + " elements",
                http("POST /append").post("/append").queryParam("n", intProperty(ELEMENTS, 100_000)));
    }
}
