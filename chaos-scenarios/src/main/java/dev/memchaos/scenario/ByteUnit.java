package dev.memchaos.scenario;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The units a size is written in, the same in every field ({@code memory: 1GB}) and threshold
 * ({@code memory.peak < 1GB}). {@code KiB}, {@code MiB}, {@code GiB} and {@code TiB} are powers of 1024; {@code KB},
 * {@code MB}, {@code GB} and {@code TB} are powers of 1000, as the SI and IEC define them. Docker's own {@code 1g} is
 * {@code 1GiB}; memchaos does not read Docker's one-letter units, as {@code m} would be a mebibyte to Docker and a
 * million to anyone else.
 */
enum ByteUnit {
    B("B", 1L),
    KIB("KiB", 1L << 10), MIB("MiB", 1L << 20), GIB("GiB", 1L << 30), TIB("TiB", 1L << 40),
    KB("KB", 1_000L), MB("MB", 1_000_000L), GB("GB", 1_000_000_000L), TB("TB", 1_000_000_000_000L);

    /** Every unit as written, for messages: "B, KiB, MiB, GiB, TiB, KB, MB, GB or TB". */
    static final String ALL = Arrays.stream(values()).limit(values().length - 1L).map(ByteUnit::text)
            .collect(Collectors.joining(", ")) + " or " + values()[values().length - 1].text();

    private final String text;
    private final long bytes;

    ByteUnit(String text, long bytes) {
        this.text = text;
        this.bytes = bytes;
    }

    /** The unit as written, e.g. {@code MiB}. */
    String text() {
        return text;
    }

    /** The exact number of bytes that {@code amount} of this unit is; a fraction where it is not whole bytes. */
    BigDecimal bytes(BigDecimal amount) {
        return amount.multiply(BigDecimal.valueOf(bytes));
    }

    /** The unit written exactly so (case matters: {@code mb} is none). */
    static Optional<ByteUnit> of(String text) {
        return Arrays.stream(values()).filter(u -> u.text.equals(text)).findFirst();
    }
}
