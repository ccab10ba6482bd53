package dev.memchaos.simulations;

import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.Optional;

/**
 * Each arrival runs {@code memchaos.ops} reads and writes of random keys against the service's
 * shared store. With {@link OpenLoad#SEED} set, each request also carries its own {@code seed}
 * (base + n), from which the service draws its keys and read/write mix: a replay repeats them.
 */
public class KvSimulation extends OpenLoadSimulation {

    public static final String OPS = "memchaos.ops";
    public static final String WRITES = "memchaos.writes";
    public static final String KEYSPACE = "memchaos.keyspace";

    public KvSimulation() {
        super("kv " + intProperty(OPS, 200) + " ops", request(RequestSeeds.fromSystemProperties()));
    }

    /** One request per arrival; the seeds, when given, are counted from this simulation's start. */
    static HttpRequestActionBuilder request(Optional<RequestSeeds> seeds) {
        HttpRequestActionBuilder request = http("POST /kv/ops").post("/kv/ops")
                .queryParam("n", intProperty(OPS, 200))
                .queryParam("writes", intProperty(WRITES, 50))
                .queryParam("keyspace", intProperty(KEYSPACE, 100_000));
        return seeds.map(s -> request.queryParam("seed", session -> s.next())).orElse(request);
    }
}
