package dev.memchaos.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.memchaos.simulations.HttpLoad;
import dev.memchaos.simulations.HttpRequestSpec;
import dev.memchaos.simulations.LoadSpec;
import dev.memchaos.simulations.Pacing;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The closed model as a run drives it (each user loops until the ramp and hold are over): never more requests in
 * flight than users, as many as there are users once the ramp is over, and the load ends on time by itself.
 */
class ClosedModelLoadTest {

    private static final int USERS = 4;
    private static final long SERVICE_MS = 5;

    static {
        // Otherwise the JDK's server waits for the client's delayed acknowledgement (up to 40 ms) before each body.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    @TempDir
    Path folder;

    @Test
    void usersLoopUntilTheLoadEndsAndNeverExceedTheirNumber() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostInFlight = new AtomicInteger();
        AtomicInteger served = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(2 * USERS);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/", exchange -> {
            // Counted out before the answer is sent: once it is, its user may already be sending the next request.
            int now = inFlight.incrementAndGet();
            mostInFlight.accumulateAndGet(now, Math::max);
            try {
                Thread.sleep(SERVICE_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            } finally {
                inFlight.decrementAndGet();
                served.incrementAndGet();
            }
            try (OutputStream out = exchange.getResponseBody()) {
                byte[] answer = "{}".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, answer.length);
                out.write(answer);
            }
        });
        server.setExecutor(threads);
        server.start();
        try {
            HttpRequestSpec get = new HttpRequestSpec("get", "GET", "/", null, null, null, null, 1);
            Duration rampUp = Duration.ofSeconds(1);
            Duration hold = Duration.ofSeconds(2);
            LoadSpec load = new LoadSpec(new LoadSpec.Http(new HttpLoad(List.of(get), null), folder),
                    new Pacing.Closed(USERS), rampUp, hold);
            URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());

            // One warm-up round, not rounds until the JIT is quiet: this test counts requests, not their times.
            GeneratorWarmUp.Limits oneRound = new GeneratorWarmUp.Limits(Duration.ofSeconds(4), 50, Duration.ofSeconds(4));
            LoadResult result = new GatlingLoad(line -> { }, oneRound).run(load, base, folder.resolve("gatling"), "closed", 1);

            Duration took = Duration.between(result.startedAt(), result.endedAt());
            assertThat(mostInFlight.get()).as("most requests in flight at once").isEqualTo(USERS);
            assertThat(result.responses().failed()).as("failed requests").isZero();
            assertThat(result.responses().requests()).as("requests recorded").isEqualTo(served.get());
            // Looping users keep about USERS requests of SERVICE_MS in flight: over the hold alone that is
            // 2 s / 5 ms * 4 = 1,600; a third of it allows for a slow, shared machine.
            assertThat(result.responses().requests()).as("requests").isGreaterThan(hold.toMillis() / SERVICE_MS * USERS / 3);
            assertThat(took).as("the load's length (ramp 1 s and hold 2 s; Gatling's own start and stop)")
                    .isLessThan(rampUp.plus(hold).plusSeconds(10));
        } finally {
            server.stop(0);
            threads.shutdownNow();
        }
    }
}
