package dev.memchaos.simulations;

import static io.gatling.javaapi.http.HttpDsl.http;

/** Each arrival runs {@code memchaos.ops} reads and writes of random keys against the service's shared store. */
public class KvSimulation extends OpenLoadSimulation {

    public static final String OPS = "memchaos.ops";
    public static final String WRITES = "memchaos.writes";
    public static final String KEYSPACE = "memchaos.keyspace";

    public KvSimulation() {
        super("kv " + intProperty(OPS, 200) + " ops",
                http("POST /kv/ops").post("/kv/ops")
                        .queryParam("n", intProperty(OPS, 200))
                        .queryParam("writes", intProperty(WRITES, 50))
                        .queryParam("keyspace", intProperty(KEYSPACE, 100_000)));
    }
}
