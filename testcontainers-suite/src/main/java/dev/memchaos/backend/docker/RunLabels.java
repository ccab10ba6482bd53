package dev.memchaos.backend.docker;

import java.util.Map;

/** The labels on every container memchaos starts: which run, which variant, which process owns it. */
public record RunLabels(String runId, String variant, long ownerPid) {

    public static final String RUN = "memchaos.run";
    public static final String VARIANT = "memchaos.variant";
    public static final String OWNER_PID = "memchaos.owner-pid";

    public Map<String, String> asMap() {
        return Map.of(RUN, runId, VARIANT, variant, OWNER_PID, Long.toString(ownerPid));
    }
}
