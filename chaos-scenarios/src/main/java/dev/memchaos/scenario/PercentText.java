package dev.memchaos.scenario;

import java.math.BigDecimal;

/** The one meaning of {@code %}, in fields, thresholds and tolerances alike: hundredths. */
final class PercentText {

    static final String UNIT = "%";

    private PercentText() {
    }

    /** The share {@code percent} percent is: {@code 5} is {@code 0.05}. */
    static BigDecimal share(BigDecimal percent) {
        return percent.movePointLeft(2);
    }
}
