package dev.memchaos.scenario;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * An amount of memory in bytes, written like {@code 64MiB}, {@code 512KiB}, {@code 1GiB}, {@code 1GB} or
 * {@code 1048576B}: a number and a {@link ByteUnit}, in fields and thresholds alike.
 */
public record ByteSize(long bytes) {

    /**
     * The least memory limit Docker gives a container (its daemon refuses less: "Minimum memory limit allowed is
     * 6MB", which it means in MiB). A target, a variant, a downstream, and a memory-limit fault's lowered limit need at
     * least this.
     */
    public static final ByteSize MIN_CONTAINER_MEMORY = ofMiB(6);

    private static final long KIB = 1024;
    private static final String[] BINARY = {"B", "KiB", "MiB", "GiB", "TiB"};
    private static final BigDecimal MAX_BYTES = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final Set<String> DOCKER_LETTERS = Set.of("b", "k", "m", "g", "t");

    public ByteSize {
        if (bytes < 0) {
            throw new IllegalArgumentException("a size cannot be negative, got " + bytes + " bytes");
        }
    }

    public static ByteSize ofMiB(long mib) {
        return new ByteSize(Math.multiplyExact(mib, KIB * KIB));
    }

    /** Parses a size above zero; the message of the exception is a sentence for the user. */
    public static ByteSize parse(String text) {
        ByteSize size = parseZeroOrMore(text);
        if (size.bytes == 0) {
            throw new IllegalArgumentException("expected a size above zero like 64MiB, got \"" + text + "\"");
        }
        return size;
    }

    /** Parses a memory limit Docker accepts: at least {@link #MIN_CONTAINER_MEMORY}; the message is a sentence. */
    static ByteSize parseMemoryLimit(String text) {
        ByteSize size = parseZeroOrMore(text);
        if (size.bytes < MIN_CONTAINER_MEMORY.bytes) {
            throw new IllegalArgumentException(text.strip() + " is below " + MIN_CONTAINER_MEMORY.exact()
                    + ", the least memory Docker gives a container; write " + MIN_CONTAINER_MEMORY.exact()
                    + " or more, like 64MiB");
        }
        return size;
    }

    /** Parses a size of zero or more, like {@code 0B} or {@code 512KiB}; the message is a sentence for the user. */
    static ByteSize parseZeroOrMore(String text) {
        BigDecimal exact = exactBytes(text);
        if (exact.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException(text.strip() + " is " + exact.stripTrailingZeros().toPlainString()
                    + " bytes, not a whole number of bytes; write a size that is, like "
                    + exact.setScale(0, RoundingMode.CEILING).toPlainString() + "B");
        }
        return new ByteSize(exact.longValueExact());
    }

    /** The exact number of bytes a size text says, a fraction where it is not whole bytes; a sentence if it is none. */
    static BigDecimal exactBytes(String text) {
        QuantityText quantity = QuantityText.of(text).orElseThrow(() -> expected(text, NumberText.hintInQuantity(text)));
        ByteUnit unit = ByteUnit.of(quantity.unit()).orElseThrow(() -> expected(text, unitHint(quantity.unit())));
        return exactBytes(quantity.number(), unit, text.strip());
    }

    /** {@code number} of {@code unit}, as {@code written}, in bytes; refused when beyond what a long counts. */
    static BigDecimal exactBytes(BigDecimal number, ByteUnit unit, String written) {
        BigDecimal bytes = unit.bytes(number);
        if (bytes.compareTo(MAX_BYTES) > 0) {
            throw new IllegalArgumentException("size \"" + written + "\" is too large: more than 8EiB, which no"
                    + " machine has");
        }
        return bytes;
    }

    private static String unitHint(String unit) {
        if (DOCKER_LETTERS.contains(unit.toLowerCase(Locale.ROOT))) {
            return "; memchaos does not read Docker's one-letter units: write MiB for Docker's m, GiB for its g";
        }
        return ByteUnit.of(unit).isEmpty() && Arrays.stream(ByteUnit.values())
                .anyMatch(u -> u.text().equalsIgnoreCase(unit))
                ? "; units are written exactly so: " + ByteUnit.ALL : "";
    }

    private static IllegalArgumentException expected(String text, String hint) {
        return new IllegalArgumentException("expected a size like 64MiB, got \"" + text + "\"" + hint);
    }

    /** Human form of a byte count with at most one decimal: {@code 123B}, {@code 120.3KiB}, {@code 1.5GiB}. */
    public static String format(double bytes) {
        int unit = 0;
        double value = bytes;
        while (unit < BINARY.length - 1 && Math.abs(value) >= 1024) {
            value /= 1024;
            unit++;
        }
        if (unit == 0) {
            return Math.round(value) + "B";
        }
        double rounded = Math.round(value * 10) / 10.0;
        if (Math.abs(rounded) >= 1024 && unit < BINARY.length - 1) {
            rounded /= 1024;
            unit++;
        }
        return BigDecimal.valueOf(rounded).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
                + BINARY[unit];
    }

    /** The shortest exact text, in the largest binary unit that divides the size: {@code 40MiB}, {@code 1000B}. */
    public String exact() {
        for (int unit = BINARY.length - 1; unit > 0; unit--) {
            long factor = 1L << (10 * unit);
            if (bytes != 0 && bytes % factor == 0) {
                return bytes / factor + BINARY[unit];
            }
        }
        return bytes + "B";
    }

    @Override
    public String toString() {
        return format(bytes);
    }
}
