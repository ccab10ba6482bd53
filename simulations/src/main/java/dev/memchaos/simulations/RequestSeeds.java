package dev.memchaos.simulations;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The seeds of one simulation's requests: {@code base}, {@code base + 1}, ... in the order the
 * requests are built, one each, however many virtual users run at once. The set of seeds of a
 * run depends only on the base and the number of requests, so a replay with the same base sends
 * the same seeds (which request gets which can differ with timing). Written as the unsigned
 * decimal a Go {@code strconv.ParseUint(s, 10, 64)} reads; {@code base + n} wraps around 2^64.
 */
public final class RequestSeeds {

    private final long base;
    private final AtomicLong sent = new AtomicLong();

    private RequestSeeds(long base) {
        this.base = base;
    }

    public static RequestSeeds startingAt(long base) {
        return new RequestSeeds(base);
    }

    /** From {@link LoadParameters#SEED}: a decimal in -2^63..2^64-1 (a negative one as its 64 bits); empty when unset. */
    public static Optional<RequestSeeds> fromSystemProperties() {
        String value = System.getProperty(LoadParameters.SEED, "").strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(startingAt(value.startsWith("-") ? Long.parseLong(value) : Long.parseUnsignedLong(value)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(LoadParameters.SEED + " must be a decimal integer in -2^63..2^64-1, got " + value, e);
        }
    }

    /** The next request's seed. */
    public String next() {
        return Long.toUnsignedString(base + sent.getAndIncrement());
    }
}
