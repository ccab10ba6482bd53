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
 * Every response time of the running simulation, in microseconds, recorded into an HdrHistogram recorder. Gatling
 * times requests in whole milliseconds, too coarse for services that answer in one; so each request is timed in the
 * virtual user's own chain with {@link System#nanoTime()}: a mark in the session just before the request action and
 * the reading just after its response (Gatling's {@code responseTimeInMillis()} check, saved into the session, says
 * that a response came). Gatling's own figures and report are unchanged. Gatling instantiates simulations
 * reflectively, so the sink is process-wide: whoever drives a run calls {@link #reset()} before and
 * {@link #snapshot()} after it.
 */
public final class ResponseTimes {

    /** One hour, in microseconds. */
    static final long HIGHEST_TRACKABLE_US = 3_600_000_000L;
    private static final String SENT_AT = "memchaos.sentAtNanos";
    private static final String ANSWERED = "memchaos.responseTimeMs";

    private static final Recorder RECORDER = new Recorder(HIGHEST_TRACKABLE_US, 3);
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
        return exec(ResponseTimes::markSent)
                .exec(request.check(responseTimeInMillis().saveAs(ANSWERED)).check(checks))
                .exec(ResponseTimes::recordOutcome);
    }

    static Session markSent(Session session) {
        return session.set(SENT_AT, System.nanoTime());
    }

    /** Records the outcome of the request just made in this session (see {@link #recorded}) and clears it. */
    static Session recordOutcome(Session session) {
        long now = System.nanoTime();
        if (session.contains(ANSWERED) && session.contains(SENT_AT)) {
            recordMicros((now - session.getLong(SENT_AT)) / 1_000, !session.isFailed());
        } else {
            recordNoResponse();
        }
        return session.remove(ANSWERED).remove(SENT_AT).markAsSucceeded();
    }

    /** One answered request that took {@code micros} microseconds; {@code ok} is false when a check failed (bad status). */
    public static void recordMicros(long micros, boolean ok) {
        long clamped = Math.max(0, Math.min(micros, HIGHEST_TRACKABLE_US));
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

    /** What one run recorded: the latency histogram (microseconds), counts, and per-second buckets. */
    public record Snapshot(Histogram latencyMicros, long ok, long failed, List<PerSecond.Bucket> perSecond) {
        public long requests() {
            return ok + failed;
        }
    }
}
