package dev.memchaos.journal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.memchaos.diagnostics.Diagnostics;
import dev.memchaos.scenario.Metric;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * {@code summary.json}: the run's journal of values and events, the contract nightly jobs,
 * the report, the index and the CLI's table read. Field names are fixed; every metric of
 * the catalog ({@link Metric#catalog()}) is in each variant's {@code metrics}, by its
 * threshold name, {@code null} where it was not measured, never invented.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Summary(String runId, String scenario, String backend, String startedAt, String finishedAt,
                      String status, String verdict, String error, Harness harness, Long seed, String replayOf,
                      Baseline baseline, List<VariantSummary> variants) {

    public static final String RUNNING = "running";
    public static final String COMPLETED = "completed";
    public static final String INTERRUPTED = "interrupted";
    public static final String ERROR = "error";
    /** The harness stopped without finishing the run (SIGKILL, a crash, the machine went down). */
    public static final String ABANDONED = "abandoned";

    public Summary {
        variants = variants == null ? List.of() : List.copyOf(variants);
    }

    /** A run that has just started: nothing measured yet. */
    public static Summary started(String runId, String scenario, String backend, String startedAt, Harness harness,
                                  long seed, String replayOf, Baseline baseline) {
        return new Summary(runId, scenario, backend, startedAt, null, RUNNING, null, null, harness, seed, replayOf,
                baseline, List.of());
    }

    public Summary finished(String status, String finishedAt, String verdict, String error, List<VariantSummary> variants) {
        return new Summary(runId, scenario, backend, startedAt, finishedAt, status, verdict, error, harness, seed,
                replayOf, baseline, variants);
    }

    public Summary withHarness(Harness harness) {
        return new Summary(runId, scenario, backend, startedAt, finishedAt, status, verdict, error, harness, seed,
                replayOf, baseline, variants);
    }

    @JsonIgnore
    public boolean isRunning() {
        return RUNNING.equals(status);
    }

    public Optional<VariantSummary> variant(String name) {
        return variants.stream().filter(v -> v.name().equals(name)).findFirst();
    }

    /** The process that runs (or ran) this run: how the next start of memchaos tells a live run from an abandoned one. */
    public record Harness(long pid, String processStartedAt, String host) {
    }

    /**
     * The run this one was compared with: what was asked ({@code last-pass} or a run id), the run it
     * resolved to (null when there was none), and a sentence when nothing could be compared.
     */
    public record Baseline(String requested, String runId, String note) {
    }

    /** The target image a variant ran: its name and the engine's image id, so a replay can tell whether it changed. */
    public record Image(String name, String id) {
    }

    /**
     * One variant. {@code gcSource} names where its GC metrics came from ({@code runtime/metrics}, {@code gctrace},
     * {@code go_gc_duration_seconds (coarse)}; null where none saw the load), and {@code gcSources} holds the GC
     * metrics as every source that saw the load gave them, so one can be checked against another.
     */
    public record VariantSummary(String name, String verdict, Image image, Map<String, Double> metrics,
                                 List<CheckSummary> checks, List<ChaosSummary> chaos, HypothesisSummary hypothesis,
                                 String gatlingReport, Diagnostics diagnostics, String gcSource,
                                 Map<String, Map<String, Double>> gcSources) {

        public VariantSummary {
            metrics = metrics == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
            checks = checks == null ? List.of() : List.copyOf(checks);
            chaos = chaos == null ? List.of() : List.copyOf(chaos);
            gcSources = gcSources == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(gcSources));
        }

        /** A variant whose GC source is not known (a journal written before GC sources were recorded). */
        public VariantSummary(String name, String verdict, Image image, Map<String, Double> metrics,
                              List<CheckSummary> checks, List<ChaosSummary> chaos, HypothesisSummary hypothesis,
                              String gatlingReport, Diagnostics diagnostics) {
            this(name, verdict, image, metrics, checks, chaos, hypothesis, gatlingReport, diagnostics, null, Map.of());
        }

        /** The metric's value in its unit (ms, bytes, 0..1, booleans as 1/0); empty when not measured. */
        public OptionalDouble value(Metric metric) {
            Double value = metrics.get(metric.text());
            return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
        }

        @JsonIgnore
        public boolean oomKilled() {
            return value(Metric.Named.OOM_KILLED).orElse(0) != 0;
        }
    }

    /** One fault as it really happened: seconds from the start of the load, its parameters, what was observed. */
    public record ChaosSummary(String type, Double startS, Double endS, Map<String, Object> params,
                               Map<String, Object> observed, String error) {
    }

    /** The steady-state hypothesis before the faults and after they were reverted; null where not declared. */
    public record HypothesisSummary(HypothesisCheck before, HypothesisCheck after) {
    }

    public record HypothesisCheck(boolean pass, List<CheckSummary> checks) {
    }

    /** One check: a threshold, a steady-state check or a comparison with the baseline. */
    public record CheckSummary(String name, String threshold, String actual, boolean pass, String why) {
    }
}
