package dev.memchaos.scenario;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The Prometheus series memchaos reads from a target whose names are the service's own choice:
 * its gauge of requests in flight, its resident memory and its Go heap in use. The Go runtime's GC
 * series are client_golang's fixed names and need no mapping.
 */
public record TargetMetrics(String inFlight, String residentMemory, String heapInUse) {

    /** mapsvc's in-flight gauge, the default of every scenario. */
    public static final String DEFAULT_IN_FLIGHT = "mapsvc_requests_in_flight";
    /** client_golang's process collector. */
    public static final String DEFAULT_RESIDENT_MEMORY = "process_resident_memory_bytes";
    /** client_golang's Go collector. */
    public static final String DEFAULT_HEAP_IN_USE = "go_memstats_heap_inuse_bytes";
    public static final TargetMetrics DEFAULTS = new TargetMetrics(DEFAULT_IN_FLIGHT, DEFAULT_RESIDENT_MEMORY,
            DEFAULT_HEAP_IN_USE);

    private static final Pattern PROMETHEUS_NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    public TargetMetrics {
        Objects.requireNonNull(inFlight, "inFlight");
        Objects.requireNonNull(residentMemory, "residentMemory");
        Objects.requireNonNull(heapInUse, "heapInUse");
    }

    /** A Prometheus metric name as the exposition format allows it; the message is a sentence for the user. */
    static String name(String text) {
        if (!PROMETHEUS_NAME.matcher(text).matches()) {
            throw new IllegalArgumentException("expected a Prometheus metric name of letters, digits, _ and :"
                    + " (not starting with a digit) like http_requests_in_flight, got \"" + text + "\"");
        }
        return text;
    }
}
