package dev.memchaos.scenario;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An amount of memory in bytes, written like {@code 64MiB}, {@code 512KiB}, {@code 1GiB} or {@code 1048576B}. */
public record ByteSize(long bytes) {

    private static final long KIB = 1024;
    private static final Map<String, Long> UNITS = Map.of(
            "B", 1L,
            "KiB", KIB, "MiB", KIB * KIB, "GiB", KIB * KIB * KIB, "TiB", KIB * KIB * KIB * KIB,
            "KB", 1_000L, "MB", 1_000_000L, "GB", 1_000_000_000L, "TB", 1_000_000_000_000L);
    private static final String[] BINARY = {"B", "KiB", "MiB", "GiB", "TiB"};
    private static final Pattern TEXT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([A-Za-z]+)");

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

    /** Parses a size of zero or more, like {@code 0B} or {@code 512KiB}; the message is a sentence for the user. */
    static ByteSize parseZeroOrMore(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip());
        Long unit = m.matches() ? UNITS.get(m.group(2)) : null;
        if (unit == null) {
            throw new IllegalArgumentException("expected a size like 64MiB, got \"" + text + "\"");
        }
        long bytes;
        try {
            bytes = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unit))
                    .setScale(0, RoundingMode.HALF_UP).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("size \"" + text + "\" is too large");
        }
        return new ByteSize(bytes);
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
