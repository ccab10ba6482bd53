package dev.memchaos.scenario;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/** The units a duration is written in, the same in every field ({@code at: 2m}) and threshold ({@code p(99) < 2m}). */
enum DurationUnit {
    US("us", 1_000L), MS("ms", 1_000_000L), S("s", 1_000_000_000L), M("m", 60_000_000_000L),
    H("h", 3_600_000_000_000L);

    /** Every unit as written, for messages. */
    static final String ALL = "us, ms, s, m or h";

    private final String text;
    private final long nanos;

    DurationUnit(String text, long nanos) {
        this.text = text;
        this.nanos = nanos;
    }

    String text() {
        return text;
    }

    long nanos() {
        return nanos;
    }

    /** The exact number of nanoseconds that {@code amount} of this unit is; a fraction where it is not whole. */
    BigDecimal nanos(BigDecimal amount) {
        return amount.multiply(BigDecimal.valueOf(nanos));
    }

    /** The unit written exactly so. */
    static Optional<DurationUnit> of(String text) {
        return Arrays.stream(values()).filter(u -> u.text.equals(text)).findFirst();
    }
}
