package dev.memchaos.load;

import com.sun.net.httpserver.HttpServer;
import dev.memchaos.simulations.LoadSpec;
import dev.memchaos.simulations.Pacing;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Warms the load generator before its first measured load in this JVM: Gatling, Netty and the simulation's own code
 * start interpreted, and until the JIT has compiled them they add their own time to every response time (at 1,000
 * requests/s a cold harness tripled the p99 vegeta saw; docs/performance.md). So the scenario's own load, the same
 * simulation with the same requests and bodies, runs in rounds against a sink in this JVM that answers every
 * request {@code 200 {}}, until the JIT compiler is quiet, for at most a limit ({@link Limits}): the target sees none
 * of it, nothing of it is measured. A fixed 8 s was not enough on two cores: the compiler was still working through
 * its queue, and the request path's own methods reached C2 only during the measured load, whose p99 then ran 1.3-1.8
 * times vegeta's at 100 requests/s (docs/performance.md). Once per simulation per JVM, unless a run asks for none
 * ({@code --warm-up 0s}); not for a user simulation, which may send requests anywhere.
 */
final class GeneratorWarmUp {

    /**
     * How long the warm-up goes on: rounds of {@code round}, while the JIT compiled at least
     * {@code quietMillisPerSecond} over the last seconds of a round ({@link JitActivity#WINDOW}), for at most
     * {@code longest}; the last round is shortened to what remains of it.
     */
    record Limits(Duration round, double quietMillisPerSecond, Duration longest) {

        /**
         * Calibrated on two cores: after a fixed 8 s warm-up the JIT still compiled about 100 ms/s through the first
         * measured load (p99 1.3-1.8 times vegeta's at 100 requests/s); through a later load, about 35 ms/s (median
         * 1.04 times); rounds of 4 s until under 50 ms/s took 29-34 s and brought the first load to 0.83-1.00 times
         * (docs/performance.md).
         */
        static final Limits DEFAULT = new Limits(Duration.ofSeconds(4), 50, Duration.ofSeconds(40));

        /**
         * No round shorter than this: each Gatling run spends a few hundred milliseconds starting (a 4 s round ends
         * 4.3-5 s after it began), so a shorter round would be mostly start-up.
         */
        static final Duration SHORTEST_ROUND = Duration.ofSeconds(1);

        Limits {
            if (round.isNegative() || round.isZero()) {
                throw new IllegalArgumentException("a warm-up round must last, got " + round);
            }
            if (longest.isNegative()) {
                throw new IllegalArgumentException("the generator's warm-up cannot be negative, got " + longest);
            }
        }

        /** The first round: a round, or all of the warm-up when that is shorter. */
        Duration firstRound() {
            return longest.compareTo(round) < 0 ? longest : round;
        }

        /**
         * The round after {@code elapsed} of warm-up, the JIT having compiled {@code jitMillisPerSecond} at the end
         * of the last one: none once the JIT is quiet or less than {@link #SHORTEST_ROUND} of the warm-up is left;
         * otherwise a round, or what is left when that is less.
         */
        Optional<Duration> nextRound(Duration elapsed, double jitMillisPerSecond) {
            Duration left = longest.minus(elapsed);
            if (jitMillisPerSecond < quietMillisPerSecond || left.compareTo(SHORTEST_ROUND) < 0) {
                return Optional.empty();
            }
            return Optional.of(left.compareTo(round) < 0 ? left : round);
        }

        /** These limits with at most {@code longest} of warm-up (zero: none). */
        Limits upTo(Duration longest) {
            return new Limits(round, quietMillisPerSecond, longest);
        }
    }

    /**
     * The warm-up's open-model rate, the scenario's own clamped to this range: chosen, not tuned. With them, 8 s of
     * warm-up brought a cold JVM's first p50 from 1.74-1.82 ms to 1.07-1.10 ms, vegeta's 0.9-1.1 ms
     * (docs/performance.md).
     */
    static final double MIN_RATE = 1_000;
    static final double MAX_RATE = 3_000;

    private static final Set<String> WARMED = ConcurrentHashMap.newKeySet();
    private static final byte[] ANSWER = "{}".getBytes(StandardCharsets.UTF_8);

    private GeneratorWarmUp() {
    }

    /** The load of the first warm-up round, when {@code simulation} has not run in this JVM yet and may be sent to a sink. */
    static Optional<LoadSpec> warmUpFor(LoadSpec load, String simulation, Limits limits) {
        if (load.source() instanceof LoadSpec.UserSimulation || WARMED.contains(simulation) || limits.longest().isZero()) {
            return Optional.empty();
        }
        Pacing pacing = load.pacing() instanceof Pacing.Open open
                ? new Pacing.Open(Math.max(MIN_RATE, Math.min(MAX_RATE, open.perSecond())))
                : load.pacing();
        return Optional.of(new LoadSpec(load.source(), pacing, Duration.ZERO, limits.firstRound()));
    }

    static void warmed(String simulation) {
        WARMED.add(simulation);
    }

    /** An HTTP server on 127.0.0.1 that reads every request and answers {@code 200 {}}; closed with the warm-up. */
    static final class Sink implements AutoCloseable {

        private final HttpServer server;
        private final ExecutorService threads = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "memchaos-warm-up-sink");
            t.setDaemon(true);
            return t;
        });

        static {
            // Without TCP_NODELAY the JDK's server holds a response's body until the client acknowledges its headers,
            // which the client delays by up to 40 ms: 16 closed-model users then made 350 requests/s, too few to warm
            // anything. Read once, when the JDK's server classes load (an earlier HttpServer in this JVM keeps its own).
            if (System.getProperty("sun.net.httpserver.nodelay") == null) {
                System.setProperty("sun.net.httpserver.nodelay", "true");
            }
        }

        Sink() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
            server.createContext("/", exchange -> {
                try (InputStream body = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
                    body.transferTo(OutputStream.nullOutputStream());
                    exchange.getResponseHeaders().set("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, ANSWER.length);
                    out.write(ANSWER);
                }
            });
            server.setExecutor(threads);
            server.start();
        }

        URI url() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        }

        @Override
        public void close() {
            server.stop(0);
            threads.shutdownNow();
        }
    }
}
