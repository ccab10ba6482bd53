package dev.memchaos.simulations;

import java.time.Duration;

/**
 * An open-model load: requests arrive at {@code ratePerSecond}, reached by a linear ramp
 * over {@code rampUp}, then held for {@code duration}. Read from system properties so a
 * simulation can be run alone ({@code -Dmemchaos.baseUrl=... -Dmemchaos.rate=...}).
 */
public record OpenLoad(String baseUrl, double ratePerSecond, Duration rampUp, Duration duration) {

    public static final String BASE_URL = "memchaos.baseUrl";
    public static final String RATE = "memchaos.rate";
    public static final String RAMP_UP_MS = "memchaos.rampUpMs";
    public static final String DURATION_MS = "memchaos.durationMs";
    /**
     * Base seed of a run's random choices, for a simulation whose service draws them per request
     * (today {@link KvSimulation}): request n of the run carries seed {@code base + n}, so a replay
     * with the same base sends the same seeds. Absent: no seed is sent. See {@link RequestSeeds}.
     */
    public static final String SEED = "memchaos.seed";

    public OpenLoad {
        if (baseUrl == null || !(baseUrl.startsWith("http://") || baseUrl.startsWith("https://"))) {
            throw new IllegalArgumentException("the base URL must start with http:// or https://, got " + baseUrl);
        }
        if (!(ratePerSecond > 0)) {
            throw new IllegalArgumentException("the arrival rate must be above 0 requests per second, got " + ratePerSecond);
        }
        if (rampUp.isNegative() || duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException("the ramp must be 0s or more and the duration above 0s");
        }
    }

    public static OpenLoad fromSystemProperties() {
        return new OpenLoad(
                System.getProperty(BASE_URL, "http://127.0.0.1:8080"),
                Double.parseDouble(System.getProperty(RATE, "50")),
                Duration.ofMillis(Long.getLong(RAMP_UP_MS, 5_000)),
                Duration.ofMillis(Long.getLong(DURATION_MS, 30_000)));
    }

    /** A hard stop for the simulation: ramp, hold, and a grace period for in-flight requests. */
    public Duration maxDuration() {
        return rampUp.plus(duration).plusSeconds(30);
    }
}
