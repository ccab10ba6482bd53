package dev.memchaos.metrics;

import java.util.Map;

/** One line of a Prometheus exposition: metric name, labels, value. */
public record Sample(String name, Map<String, String> labels, double value) {

    public Sample {
        labels = Map.copyOf(labels);
    }
}
