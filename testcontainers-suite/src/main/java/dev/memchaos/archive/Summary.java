package dev.memchaos.archive;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * {@code summary.json}: the contract nightly jobs and other tools read. Field names are
 * fixed; unknown measurements are {@code null}, never invented.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Summary(String runId, String scenario, String backend, String startedAt, String finishedAt,
                      String status, String verdict, String error, List<VariantSummary> variants) {

    public static final String RUNNING = "running";
    public static final String COMPLETED = "completed";
    public static final String INTERRUPTED = "interrupted";
    public static final String ERROR = "error";

    public Summary {
        variants = List.copyOf(variants);
    }

    public Summary finished(String status, String finishedAt, String verdict, String error, List<VariantSummary> variants) {
        return new Summary(runId, scenario, backend, startedAt, finishedAt, status, verdict, error, variants);
    }

    public record VariantSummary(String name, long requests, long errors, LatencyMs latencyMs, GcPause gcPause,
                                 Double gcCycles, Double gcCyclesPer1kRequests, Double allocBytesPerRequest,
                                 Double mallocsPerRequest, Memory memory, boolean oomKilled,
                                 List<CheckSummary> checks, String verdict, String gatlingReport,
                                 List<ChaosSummary> chaos, HypothesisSummary hypothesis) {
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

    public record LatencyMs(Double p50, Double p95, Double p99, Double max) {
    }

    public record GcPause(Long count, Double p99Ms, Double maxMs) {
    }

    public record Memory(long limitBytes, Long peakBytes) {
    }

    public record CheckSummary(String name, String threshold, String actual, boolean pass, String why) {
    }
}
