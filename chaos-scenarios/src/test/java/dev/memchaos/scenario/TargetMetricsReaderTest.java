package dev.memchaos.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code target.metrics}: the names of the service's own Prometheus series, defaults as for mapsvc. */
class TargetMetricsReaderTest {

    private static final String TAIL = """
            variants: [{name: only}]
            load: {simulation: append, rate: 1, duration: 1s, elements: 1000}
            """;

    private static Scenario load(String target) throws ScenarioException {
        return ScenarioLoader.parse("name: s\n" + target + TAIL, "s.yaml");
    }

    private static List<String> problems(String target) {
        ScenarioException e = catchThrowableOfType(ScenarioException.class,
                () -> ScenarioLoader.parse("name: s\n" + target + TAIL, "bad.yaml"));
        assertThat(e).as("expected the scenario to be rejected").isNotNull();
        return e.getMessage().lines().toList();
    }

    @Test
    void withoutAMappingTheNamesAreMapsvcsAndClientGolangs() throws ScenarioException {
        TargetMetrics names = load("target: {image: img, memory: 64MiB}\n").target().metrics();

        assertThat(names).isEqualTo(TargetMetrics.DEFAULTS);
        assertThat(names.inFlight()).isEqualTo("mapsvc_requests_in_flight");
        assertThat(names.residentMemory()).isEqualTo("process_resident_memory_bytes");
        assertThat(names.heapInUse()).isEqualTo("go_memstats_heap_inuse_bytes");
    }

    @Test
    void eachMappedNameReplacesItsDefaultOnly() throws ScenarioException {
        TargetMetrics names = load("""
                target:
                  image: img
                  memory: 64MiB
                  metrics:
                    inFlight: http_requests_in_flight
                """).target().metrics();

        assertThat(names).isEqualTo(new TargetMetrics("http_requests_in_flight", "process_resident_memory_bytes",
                "go_memstats_heap_inuse_bytes"));
    }

    @Test
    void aVariantKeepsTheTargetsNames() throws ScenarioException {
        Scenario scenario = load("""
                target:
                  image: img
                  memory: 64MiB
                  metrics: {inFlight: "app:in_flight", heapInUse: app_heap_inuse_bytes}
                """);

        assertThat(scenario.targetFor(scenario.variants().get(0)).metrics())
                .isEqualTo(new TargetMetrics("app:in_flight", "process_resident_memory_bytes", "app_heap_inuse_bytes"));
    }

    @Test
    void anUnknownKeyOrABadNameIsASentenceOnItsLine() {
        assertThat(problems("""
                target:
                  image: img
                  memory: 64MiB
                  metrics:
                    inflight: http_requests_in_flight
                    residentMemory: 2xx-rss
                    heapInUse: heap in use
                """)).containsExactly(
                "bad.yaml:6: target.metrics.inflight: unknown field; did you mean \"inFlight\"?",
                "bad.yaml:7: target.metrics.residentMemory: expected a Prometheus metric name of letters, digits, _ and :"
                        + " (not starting with a digit) like http_requests_in_flight, got \"2xx-rss\"",
                "bad.yaml:8: target.metrics.heapInUse: expected a Prometheus metric name of letters, digits, _ and :"
                        + " (not starting with a digit) like http_requests_in_flight, got \"heap in use\"");
    }

    @Test
    void metricsMustBeAMapping() {
        assertThat(problems("""
                target:
                  image: img
                  memory: 64MiB
                  metrics: http_requests_in_flight
                """)).containsExactly("bad.yaml:5: target.metrics: expected a mapping of fields, got \"http_requests_in_flight\"");
    }

    @Test
    void theReadmesMappingExampleReads() throws Exception {
        String example = Readme.yaml("target:\n  image: my-go-service:local");

        TargetSpec target = ScenarioLoader.parse("name: s\n" + example + TAIL, "README.md").target();

        assertThat(target.metrics().inFlight()).isEqualTo("http_requests_in_flight");
        assertThat(target.metricsPath()).isEqualTo("/metrics");
    }
}
