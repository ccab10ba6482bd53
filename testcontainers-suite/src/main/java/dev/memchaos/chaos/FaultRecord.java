package dev.memchaos.chaos;

import java.util.Map;

/**
 * What happened to one fault: its real start and end in seconds from the start of the
 * load, its parameters, what was observed, and the error if it could not be applied.
 */
public record FaultRecord(String type, String description, Double startS, Double endS, Map<String, Object> params,
                          Map<String, Object> observed, String error) {

    public FaultRecord {
        params = Map.copyOf(params);
        observed = Map.copyOf(observed);
    }
}
