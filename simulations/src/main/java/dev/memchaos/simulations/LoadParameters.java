package dev.memchaos.simulations;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ClosedInjectionStep;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load a memchaos run asks of a simulation, as system properties, so that any Gatling simulation, the
 * reference ones, the generic {@code http} one or a user's own, reads it the same way and can also run alone:
 *
 * <ul>
 *   <li>{@value #BASE_URL}: where to send requests, e.g. {@code http://127.0.0.1:8080};</li>
 *   <li>{@value #RATE} (arrivals per second, open model) or {@value #CONCURRENCY} (users at once, closed model);
 *       exactly one is set by memchaos;</li>
 *   <li>{@value #RAMP_UP_MS}: a linear ramp to the rate or concurrency, in milliseconds (0: none);</li>
 *   <li>{@value #DURATION_MS}: how long to hold it after the ramp, in milliseconds;</li>
 *   <li>{@value #SEED}: the run's seed (see {@link RequestSeeds});</li>
 *   <li>{@value #PARAM_PREFIX}{@code <field>}: every other field of the scenario's {@code load} block, as text
 *       (read with {@link #param(String)}).</li>
 * </ul>
 *
 * A user simulation calls {@code setUp(LoadParameters.fromSystemProperties().inject(scenario(...)))}; its requests,
 * errors and latency percentiles then reach the run's summary from Gatling's report, or in full through
 * {@link ResponseTimes#recorded}.
 */
public record LoadParameters(String baseUrl, Pacing pacing, Duration rampUp, Duration duration) {

    public static final String BASE_URL = "memchaos.baseUrl";
    public static final String RATE = "memchaos.rate";
    public static final String CONCURRENCY = "memchaos.concurrency";
    public static final String RAMP_UP_MS = "memchaos.rampUpMs";
    public static final String DURATION_MS = "memchaos.durationMs";
    /**
     * Base seed of a run's random choices, for a simulation whose service draws them per request
     * (today {@link KvSimulation}): request n of the run carries seed {@code base + n}, so a replay
     * with the same base sends the same seeds. Absent: no seed is sent. See {@link RequestSeeds}.
     */
    public static final String SEED = "memchaos.seed";
    /** Prefix of the properties that carry the {@code load} block's other fields to a user simulation. */
    public static final String PARAM_PREFIX = "memchaos.param.";

    /** Run alone without properties: this rate, ramp and hold. */
    static final String DEFAULT_BASE_URL = "http://127.0.0.1:8080";
    static final double DEFAULT_RATE = 50;
    static final long DEFAULT_RAMP_UP_MS = 5_000;
    static final long DEFAULT_DURATION_MS = 30_000;

    public LoadParameters {
        if (baseUrl == null || !(baseUrl.startsWith("http://") || baseUrl.startsWith("https://"))) {
            throw new IllegalArgumentException("the base URL must start with http:// or https://, got " + baseUrl);
        }
        if (pacing == null) {
            throw new IllegalArgumentException("a load needs a rate or a concurrency");
        }
        if (rampUp.isNegative() || duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException("the ramp must be 0s or more and the duration above 0s");
        }
    }

    /** From the properties above; a rate of {@value #DEFAULT_RATE}/s for 30s after a 5s ramp when none are set. */
    public static LoadParameters fromSystemProperties() {
        String rate = System.getProperty(RATE);
        String concurrency = System.getProperty(CONCURRENCY);
        if (rate != null && concurrency != null) {
            throw new IllegalArgumentException("set " + RATE + " or " + CONCURRENCY + ", not both");
        }
        Pacing pacing = concurrency != null ? new Pacing.Closed(Integer.parseInt(concurrency.strip()))
                : new Pacing.Open(rate != null ? Double.parseDouble(rate.strip()) : DEFAULT_RATE);
        return new LoadParameters(System.getProperty(BASE_URL, DEFAULT_BASE_URL), pacing,
                Duration.ofMillis(Long.getLong(RAMP_UP_MS, DEFAULT_RAMP_UP_MS)),
                Duration.ofMillis(Long.getLong(DURATION_MS, DEFAULT_DURATION_MS)));
    }

    /** The properties {@link #fromSystemProperties()} reads back into this value. */
    public Map<String, String> toSystemProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(BASE_URL, baseUrl);
        if (pacing instanceof Pacing.Closed closed) {
            properties.put(CONCURRENCY, Integer.toString(closed.users()));
        } else {
            properties.put(RATE, Double.toString(((Pacing.Open) pacing).perSecond()));
        }
        properties.put(RAMP_UP_MS, Long.toString(rampUp.toMillis()));
        properties.put(DURATION_MS, Long.toString(duration.toMillis()));
        return properties;
    }

    /** A field of the scenario's {@code load} block that memchaos does not know, as written; empty when absent. */
    public static Optional<String> param(String field) {
        return Optional.ofNullable(System.getProperty(PARAM_PREFIX + field));
    }

    /** The scenario injected at this pacing: a ramp (when there is one) from 1, then the hold. */
    public PopulationBuilder inject(ScenarioBuilder scenario) {
        if (pacing instanceof Pacing.Closed closed) {
            return scenario.injectClosed(closedSteps(closed.users()));
        }
        return scenario.injectOpen(openSteps(((Pacing.Open) pacing).perSecond()));
    }

    /**
     * The scenario {@code name} running {@code chain} at this pacing. Open model: one run of the chain per arrival,
     * as {@link #inject(ScenarioBuilder)}. Closed model: each user runs the chain over and over until the ramp and
     * the hold are over, started one by one across the ramp (all at once without one), rather than a new user per
     * request: a Gatling user costs more to start than a request costs to send, and with a new one per request the
     * generator, not the service, set the highest rate (see docs/performance.md).
     */
    public PopulationBuilder inject(String name, ChainBuilder chain) {
        if (pacing instanceof Pacing.Closed closed) {
            AtomicLong endsAtNanos = new AtomicLong();
            long lengthNanos = rampUp.plus(duration).toNanos();
            ChainBuilder looping = asLongAs(session -> {
                long now = System.nanoTime();
                endsAtNanos.compareAndSet(0, now + lengthNanos);
                return now - endsAtNanos.get() < 0;
            }).on(chain);
            return scenario(name).exec(looping).injectOpen(rampUp.isZero() ? atOnceUsers(closed.users())
                    : rampUsers(closed.users()).during(rampUp));
        }
        return inject(scenario(name).exec(chain));
    }

    private OpenInjectionStep[] openSteps(double perSecond) {
        OpenInjectionStep hold = constantUsersPerSec(perSecond).during(duration);
        return rampUp.isZero() ? new OpenInjectionStep[] {hold}
                : new OpenInjectionStep[] {rampUsersPerSec(1).to(perSecond).during(rampUp), hold};
    }

    private ClosedInjectionStep[] closedSteps(int users) {
        ClosedInjectionStep hold = constantConcurrentUsers(users).during(duration);
        return rampUp.isZero() ? new ClosedInjectionStep[] {hold}
                : new ClosedInjectionStep[] {rampConcurrentUsers(1).to(users).during(rampUp), hold};
    }

    /** A hard stop for the simulation: ramp, hold, and a grace period for in-flight requests. */
    public Duration maxDuration() {
        return rampUp.plus(duration).plusSeconds(30);
    }
}
