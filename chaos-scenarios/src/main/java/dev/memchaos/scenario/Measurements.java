package dev.memchaos.scenario;

import java.util.List;
import java.util.OptionalDouble;

/** What a run measured, per variant; thresholds are evaluated against it. */
public interface Measurements {

    List<String> variants();

    /** The value in the metric's unit (ms, bytes, 0..1 ratio, booleans as 1.0/0.0); empty when not measured. */
    OptionalDouble value(String variant, Metric metric);
}
