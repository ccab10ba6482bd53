package dev.memchaos.scenario;

import java.util.List;

/** Reads {@code target.metrics}: the names of the service's own Prometheus series; each absent one keeps its default. */
final class TargetMetricsReader {

    static final String FIELD = "metrics";
    private static final List<String> FIELDS = List.of("inFlight", "residentMemory", "heapInUse");

    private TargetMetricsReader() {
    }

    static TargetMetrics read(YamlObject target) {
        return target.optionalObject(FIELD).map(TargetMetricsReader::names).orElse(TargetMetrics.DEFAULTS);
    }

    private static TargetMetrics names(YamlObject metrics) {
        metrics.allowOnly(FIELDS);
        TargetMetrics d = TargetMetrics.DEFAULTS;
        return new TargetMetrics(
                metrics.optional("inFlight", TargetMetrics::name).orElse(d.inFlight()),
                metrics.optional("residentMemory", TargetMetrics::name).orElse(d.residentMemory()),
                metrics.optional("heapInUse", TargetMetrics::name).orElse(d.heapInUse()));
    }
}
