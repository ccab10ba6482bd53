package dev.memchaos.scenario;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one way a scenario writes a number, in every field and threshold: the ASCII digits 0-9, without a sign, without
 * leading zeros, with an optional fraction after a point ({@code 8080}, {@code 0.5}, {@code 99.9}). Nothing else that
 * Java ({@code 0x1p3}, {@code 0.5f}, {@code 1_000}, {@code NaN}, digits of other scripts) or YAML 1.1 ({@code 010},
 * {@code 0x10}, {@code .inf}) would also read as a number, so a value is never read as something else than written.
 */
final class NumberText {

    /**
     * The longest number read, in characters. The largest value a scenario needs is a size in bytes, up to 19 digits;
     * a few more leave room for a fraction. Longer is a paste gone wrong, and bounding it keeps reading it cheap.
     */
    static final int MAX_LENGTH = 24;

    private static final Pattern PLAIN = Pattern.compile("(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?");
    private static final Pattern LEADING_ZEROS = Pattern.compile("0+[0-9].*");
    private static final Pattern SEPARATED = Pattern.compile(".*[0-9][_,'][0-9].*");
    private static final Pattern EXPONENT = Pattern.compile(".*[0-9.][eE][+-]?[0-9].*");
    private static final Pattern HEX = Pattern.compile("[+-]?0[xX].*");
    private static final Pattern SUFFIXED = Pattern.compile("[+-]?[0-9]+(?:\\.[0-9]*)?[fFdDlL]");

    private NumberText() {
    }

    /** The number, when the whole text is one as this class says; empty for anything else. */
    static Optional<BigDecimal> parse(String text) {
        if (text == null || text.length() > MAX_LENGTH || !PLAIN.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text));
    }

    /** Where a run of ASCII digits with an optional fraction that starts at {@code from} ends; {@code from} if none. */
    static int end(CharSequence text, int from) {
        int pos = digits(text, from);
        if (pos > from && pos + 1 < text.length() && text.charAt(pos) == '.' && isDigit(text.charAt(pos + 1))) {
            pos = digits(text, pos + 1);
        }
        return pos;
    }

    /**
     * What to write instead, as {@code "; write ..."}, when a text that should have been a bare number looks like one
     * of the forms other readers accept; empty when there is nothing more useful to say than what was expected.
     */
    static String hint(String text) {
        if (text != null && SUFFIXED.matcher(text.strip()).matches() && !text.strip().startsWith("+")) {
            return "; write numbers in plain decimal, without a type suffix like f or d";
        }
        return hintInQuantity(text);
    }

    /** As {@link #hint}, for a text that holds a number followed by a unit, like {@code ٦٤MiB} or {@code 1e3/s}. */
    static String hintInQuantity(String text) {
        if (text == null) {
            return "";
        }
        String stripped = text.strip();
        if (stripped.codePoints().anyMatch(c -> Character.isDigit(c) && !isDigit(c))) {
            return "; write the digits 0-9";
        }
        if (stripped.startsWith("+")) {
            return "; write numbers without a sign";
        }
        if (HEX.matcher(stripped).matches()) {
            return "; write numbers in plain decimal" + plainValue(stripped).map(v -> ", like " + v).orElse("");
        }
        if (EXPONENT.matcher(stripped).matches()) {
            return "; write numbers in plain decimal, without an exponent";
        }
        if (SEPARATED.matcher(stripped).matches()) {
            String joined = stripped.replaceAll("(?<=[0-9])[_,'](?=[0-9])", "");
            return "; write numbers without separators" + (parse(joined).isPresent() ? ", like " + joined : "");
        }
        if (LEADING_ZEROS.matcher(stripped).matches()) {
            String trimmed = stripped.replaceFirst("^0+(?=[0-9])", "");
            return "; write numbers without leading zeros" + (parse(trimmed).isPresent() ? ", like " + trimmed : "");
        }
        String lower = stripped.toLowerCase(Locale.ROOT);
        if (lower.matches("[+-]?(\\.?inf(inity)?|\\.?nan)")) {
            return "; write a finite number in plain decimal";
        }
        int length = end(stripped, 0);
        if (length > MAX_LENGTH) {
            return "; a number has at most " + MAX_LENGTH + " characters, this one has " + length;
        }
        return "";
    }

    /** The value of a hexadecimal number as Java reads it, in plain decimal, when it is a finite one. */
    private static Optional<String> plainValue(String hex) {
        try {
            String number = hex.matches("[+-]?0[xX][0-9a-fA-F]+") ? Long.decode(hex).toString()
                    : exact(Double.parseDouble(hex));
            return Optional.of(number);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The number as written, without exponent or trailing zeros: 99, 99.9, 0.05. */
    static String exact(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static int digits(CharSequence text, int from) {
        int pos = from;
        while (pos < text.length() && isDigit(text.charAt(pos))) {
            pos++;
        }
        return pos;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
