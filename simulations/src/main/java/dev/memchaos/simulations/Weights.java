package dev.memchaos.simulations;

import java.util.List;

/** Relative weights as the percentages Gatling's random switch takes. */
final class Weights {

    private Weights() {
    }

    /** Each weight's share of their sum, in percent; every weight must be above 0. */
    static List<Double> percents(List<Double> weights) {
        double sum = 0;
        for (double w : weights) {
            if (!(w > 0)) {
                throw new IllegalArgumentException("weights must be above 0, got " + w);
            }
            sum += w;
        }
        double total = sum;
        return weights.stream().map(w -> 100 * w / total).toList();
    }
}
