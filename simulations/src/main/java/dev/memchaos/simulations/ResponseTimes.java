package dev.memchaos.simulations;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Every response time of the running simulation, recorded through Gatling's public
 * Java API (a {@code responseTimeInMillis()} check saved into the session) into an
 * HdrHistogram recorder. Gatling instantiates simulations reflectively, so the sink is
 * process-wide: whoever drives a run calls {@link #reset()} before and {@link #snapshot()}
 * after it.
 */
public final class ResponseTimes {

    private static final long HIGHEST_TRACKABLE_MS = 3_600_000L;
    private static final String SAVED_AS = "memchaos.responseTimeMs";

    private static final Recorder RECORDER = new Recorder(HIGHEST_TRACKABLE_MS, 3);
    private static final LongAdder OK = new LongAdder();
    private static final LongAdder FAILED = new LongAdder();
    private static final PerSecond PER_SECOND = new PerSecond();

    private ResponseTimes() {
    }

    /**
     * The request, then its outcome recorded: the one line a user simulation adds to give memchaos the full
     * recording (latency histogram, per-second series), e.g.
     * {@code scenario("checkout").exec(ResponseTimes.recorded(http("pay").post("/pay")))}. A request counts as failed
     * when any of its checks fails (Gatling's default check: a 2xx or 304 status) or when it gets no response.
     * {@code checks} are added to the request with the response-time check. After recording, the session is marked
     * as succeeded again so that each request is judged alone (an {@code exitHereIfFailed()} after it no longer sees
     * its failure).
     */
    public static ChainBuilder recorded(HttpRequestActionBuilder request, CheckBuilder... checks) {
        return exec(request.check(responseTimeInMillis().saveAs(SAVED_AS)).check(checks)).exec(ResponseTimes::recordOutcome);
    }

    /** Records the outcome of the request just made in this session (see {@link #recorded}) and clears it. */
    static Session recordOutcome(Session session) {
        if (session.contains(SAVED_AS)) {
            record(session.getLong(SAVED_AS), !session.isFailed());
        } else {
            recordNoResponse();
        }
        return session.remove(SAVED_AS).markAsSucceeded();
    }

    /** One answered request; {@code ok} is false when a check failed (bad status). */
    public static void record(long millis, boolean ok) {
        long clamped = Math.max(0, Math.min(millis, HIGHEST_TRACKABLE_MS));
        RECORDER.recordValue(clamped);
        PER_SECOND.record(clamped, ok);
        (ok ? OK : FAILED).increment();
    }

    /** A request that got no response at all (connection refused or reset, timeout). */
    public static void recordNoResponse() {
        PER_SECOND.record(-1, false);
        FAILED.increment();
    }

    public static void reset() {
        RECORDER.reset();
        OK.reset();
        FAILED.reset();
        PER_SECOND.reset();
    }

    public static Snapshot snapshot() {
        Histogram histogram = RECORDER.getIntervalHistogram();
        return new Snapshot(histogram, OK.sum(), FAILED.sum(), PER_SECOND.drain());
    }

    /** What one run recorded: the latency histogram (ms), counts, and per-second buckets. */
    public record Snapshot(Histogram latencyMs, long ok, long failed, List<PerSecond.Bucket> perSecond) {
        public long requests() {
            return ok + failed;
        }
    }
}
