package dev.memchaos.simulations;

import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.List;
import java.util.Optional;

/**
 * Each arrival runs {@code memchaos.ops} reads and writes of random keys against the service's
 * shared store. With {@link LoadParameters#SEED} set, each request also carries its own {@code seed}
 * (base + n), from which the service draws its keys and read/write mix: a replay repeats them.
 */
public class KvSimulation extends LoadSimulation {

    public static final Parameter OPS = Parameter.of("ops", "operations per request", 1, 100_000, 200);
    public static final Parameter WRITES = Parameter.of("writes", "percent of operations that write", 0, 100, 50);
    public static final Parameter KEYSPACE = Parameter.of("keyspace", "distinct keys the operations pick from",
            1, 10_000_000, 100_000);
    public static final Workload WORKLOAD = new Workload("kv",
            "POSTs to /kv/ops: `ops` reads and writes of random keys of a `keyspace` against the shared store",
            List.of(OPS, WRITES, KEYSPACE), KvSimulation.class);

    public KvSimulation() {
        super("kv " + OPS.value() + " ops", ReferenceRequest.recorded(request(RequestSeeds.fromSystemProperties())));
    }

    /** One request per arrival; the seeds, when given, are counted from this simulation's start. */
    static HttpRequestActionBuilder request(Optional<RequestSeeds> seeds) {
        HttpRequestActionBuilder request = http("POST /kv/ops").post("/kv/ops")
                .queryParam("n", OPS.value())
                .queryParam("writes", WRITES.value())
                .queryParam("keyspace", KEYSPACE.value());
        return seeds.map(s -> request.queryParam("seed", session -> s.next())).orElse(request);
    }
}
