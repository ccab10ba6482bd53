package dev.memchaos.scenario;

import java.math.BigDecimal;

final class NumberText {

    private NumberText() {
    }

    /** The number as written, without exponent or trailing zeros: 99, 99.9, 0.05. */
    static String exact(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
