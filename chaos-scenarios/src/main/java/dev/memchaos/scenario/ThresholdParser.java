package dev.memchaos.scenario;

import dev.memchaos.scenario.Operand.Literal;
import dev.memchaos.scenario.Operand.MetricRef;
import dev.memchaos.scenario.Operand.Quantity;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Reads one threshold text by the grammar {@code operand operator operand}, then checks that it makes sense. */
final class ThresholdParser {

    private static final String UNIT_LIST = DurationUnit.ALL.replace(" or ", ", ") + ", "
            + ByteUnit.ALL.replace(" or ", ", ") + " or " + PercentText.UNIT;
    private static final List<String> OPERATORS = List.of("<=", ">=", "==", "!=", "<", ">");

    private final String text;
    private int pos;

    ThresholdParser(String text) {
        this.text = text == null ? "" : text.strip();
    }

    Threshold parse() {
        if (text.isBlank()) {
            throw new IllegalArgumentException("a threshold cannot be empty; write one like \"p(99) < 250ms\"");
        }
        Operand left = operand();
        Operator operator = operator();
        Operand right = operand();
        skipSpaces();
        if (pos < text.length()) {
            throw expected("the end of the threshold");
        }
        ThresholdRules.problem(left, operator, right).ifPresent(problem -> {
            throw new IllegalArgumentException("\"" + text + "\": " + problem);
        });
        return new Threshold(text, left, operator, right);
    }

    private Operand operand() {
        skipSpaces();
        int start = pos;
        if (isDigit(peek())) {
            BigDecimal number = number();
            int afterNumber = pos;
            skipSpaces();
            if (peek() == '*') {
                pos++;
                skipSpaces();
                return metricRef(number.doubleValue());
            }
            pos = afterNumber;
            return literal(start, number);
        }
        if (isLetter(peek())) {
            String word = word();
            if (word.equals("true") || word.equals("false")) {
                return new Literal(word.equals("true") ? 1 : 0, Quantity.BOOLEAN, word);
            }
            pos = start;
            return metricRef(1);
        }
        throw expected("a number, a metric like p(99), or true/false");
    }

    private MetricRef metricRef(double factor) {
        if (!isLetter(peek())) {
            throw expected("a metric like p(99) or allocBytesPerRequest after '*'");
        }
        int start = pos;
        String word = word();
        Metric metric;
        if (word.equals("p") && peek() == '(') {
            pos++;
            metric = percentile();
            expect(')');
        } else {
            metric = Metric.Named.byText(word).orElseThrow(() -> unknownMetric(start, word));
        }
        Optional<String> variant = Optional.empty();
        if (peek() == '(') {
            pos++;
            variant = Optional.of(variantName());
            expect(')');
        }
        return new MetricRef(factor, metric, variant);
    }

    private Metric percentile() {
        skipSpaces();
        int start = pos;
        if (!isDigit(peek())) {
            throw expected("a percentile like 99 or 99.9");
        }
        double p = number().doubleValue();
        if (!(p > 0 && p <= 100)) {
            String written = text.substring(start, pos);
            pos = start;
            throw failure("a percentile must be above 0 and at most 100, not " + written);
        }
        skipSpaces();
        return new Metric.Percentile(p);
    }

    /** A variant's name, by the rule of {@code variants[].name}. */
    private String variantName() {
        skipSpaces();
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(peek()) || peek() == '-' || peek() == '_')) {
            pos++;
        }
        if (pos == start) {
            throw expected("a variant name like unsized");
        }
        String name = text.substring(start, pos);
        try {
            FieldValues.name(name);
        } catch (IllegalArgumentException e) {
            pos = start;
            throw failure(e.getMessage());
        }
        skipSpaces();
        return name;
    }

    /** A number and its unit, which means here what it means in a field: {@link DurationUnit}, {@link ByteUnit}, %. */
    private Literal literal(int start, BigDecimal number) {
        int afterNumber = pos;
        skipSpaces();
        int unitStart = pos;
        String unitText = peek() == '%' ? text.substring(pos, ++pos) : word();
        String written = text.substring(start, pos);
        Optional<DurationUnit> time = DurationUnit.of(unitText);
        Optional<ByteUnit> size = ByteUnit.of(unitText);
        try {
            if (time.isPresent()) {
                return new Literal(DurationText.of(number, time.get(), written).toNanos() / 1e6, Quantity.TIME, written);
            }
            if (size.isPresent()) {
                return new Literal(ByteSize.exactBytes(number, size.get(), written).doubleValue(), Quantity.SIZE,
                        written);
            }
        } catch (IllegalArgumentException e) {
            pos = start;
            throw failure(e.getMessage());
        }
        if (unitText.equals(PercentText.UNIT)) {
            return new Literal(PercentText.share(number).doubleValue(), Quantity.PERCENT, written);
        }
        if (!unitText.isEmpty() && unitStart == afterNumber) {
            pos = unitStart;
            throw failure("expected a unit (" + UNIT_LIST + "), found " + found() + NumberText.hintInQuantity(written));
        }
        pos = afterNumber;
        return new Literal(number.doubleValue(), Quantity.NUMBER, text.substring(start, afterNumber));
    }

    private Operator operator() {
        skipSpaces();
        for (String symbol : OPERATORS) {
            if (text.startsWith(symbol, pos)) {
                pos += symbol.length();
                return Operator.bySymbol(symbol).orElseThrow();
            }
        }
        throw expected("a comparison: <, <=, >, >=, == or !=");
    }

    /** A number as {@link NumberText} writes it. */
    private BigDecimal number() {
        int start = pos;
        pos = NumberText.end(text, pos);
        if (peek() == '.') {
            pos++;
            throw expected("a digit after the decimal point");
        }
        String written = text.substring(start, pos);
        Optional<BigDecimal> number = NumberText.parse(written);
        if (number.isEmpty()) {
            pos = start;
            throw failure("expected a number like 250 or 0.5, found \"" + written + "\""
                    + NumberText.hint(written));
        }
        return number.get();
    }

    private String word() {
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(peek()) || peek() == '.' || peek() == '_')) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private void expect(char c) {
        skipSpaces();
        if (peek() != c) {
            throw expected("'" + c + "'");
        }
        pos++;
    }

    private IllegalArgumentException unknownMetric(int start, String word) {
        pos = start;
        List<String> names = Arrays.stream(Metric.Named.values()).map(Metric::text).toList();
        String hint = word.matches("p\\d+(\\.\\d+)?")
                ? "did you mean \"p(" + word.substring(1) + ")\"?"
                : Suggestions.didYouMean(word, names, "known metrics are p(N), " + String.join(", ", names));
        return failure("unknown metric \"" + word + "\"; " + hint);
    }

    private IllegalArgumentException expected(String what) {
        return failure("expected " + what + ", found " + found());
    }

    private IllegalArgumentException failure(String what) {
        return new IllegalArgumentException(
                "cannot parse \"" + text + "\" at column " + (pos + 1) + ": " + what);
    }

    private String found() {
        if (pos >= text.length()) {
            return "the end of the text";
        }
        int end = pos + 1;
        while (end < text.length() && sameRun(text.charAt(pos), text.charAt(end))) {
            end++;
        }
        return "\"" + text.substring(pos, end) + "\"";
    }

    private static boolean sameRun(char first, char next) {
        String operatorChars = "<>=!";
        return Character.isLetterOrDigit(first) ? Character.isLetterOrDigit(next)
                : operatorChars.indexOf(first) >= 0 && operatorChars.indexOf(next) >= 0;
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return Character.isLetter(c);
    }
}
