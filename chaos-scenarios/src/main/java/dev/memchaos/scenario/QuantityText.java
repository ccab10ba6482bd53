package dev.memchaos.scenario;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number followed by its unit, like {@code 64MiB}, {@code 250 ms} or {@code 5%}: the one way sizes, durations and
 * percentages are written, in fields and thresholds alike. Spaces may separate the two; the number is a
 * {@link NumberText}; the unit is letters or {@code %}, which the caller looks up.
 */
record QuantityText(BigDecimal number, String unit) {

    private static final Pattern TEXT = Pattern.compile("([0-9]+(?:\\.[0-9]+)?) *([A-Za-z]+|%)");

    /** The number and unit of a text that is exactly one quantity (spaces around it aside); empty otherwise. */
    static Optional<QuantityText> of(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = TEXT.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return NumberText.parse(m.group(1)).map(number -> new QuantityText(number, m.group(2)));
    }
}
