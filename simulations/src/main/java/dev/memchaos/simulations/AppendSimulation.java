package dev.memchaos.simulations;

import static io.gatling.javaapi.http.HttpDsl.http;

import java.util.List;

/** Each arrival has the service build a slice of {@code memchaos.elements} elements by append. */
public class AppendSimulation extends LoadSimulation {

    public static final Parameter ELEMENTS = Parameter.of("elements", "elements appended per request",
            1, 100_000_000, 100_000);
    public static final Workload WORKLOAD = new Workload("append",
            "POSTs to /append: build a slice of `elements` elements by append", List.of(ELEMENTS), AppendSimulation.class);

    public AppendSimulation() {
        super("append " + ELEMENTS.value() + " elements",
                ReferenceRequest.recorded(http("POST /append").post("/append").queryParam("n", ELEMENTS.value())));
    }
}
