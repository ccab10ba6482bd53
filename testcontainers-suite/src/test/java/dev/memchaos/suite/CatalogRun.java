package dev.memchaos.suite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memchaos.archive.ResultsFolder;
import dev.memchaos.archive.RunArchive;
import dev.memchaos.journal.JournalFiles;
import dev.memchaos.journal.Summary;
import dev.memchaos.journal.TimelineDocument;
import dev.memchaos.simulations.PerSecond;
import dev.memchaos.backend.Backend;
import dev.memchaos.backend.docker.DockerEnvironment;
import dev.memchaos.backend.docker.RunLabels;
import dev.memchaos.run.BackendKind;
import dev.memchaos.run.Baselines;
import dev.memchaos.run.Progress;
import dev.memchaos.journal.RunId;
import dev.memchaos.run.RunOptions;
import dev.memchaos.run.RunOutcome;
import dev.memchaos.run.ScenarioRunner;
import dev.memchaos.scenario.Scenario;
import dev.memchaos.scenario.ScenarioLoader;
import dev.memchaos.testing.Browser;
import dev.memchaos.testing.PageChecks;
import java.nio.file.Path;
import java.util.List;

/** One catalog scenario run the way the CLI runs it, archived under results/, checked to leave no container behind. */
record CatalogRun(Scenario scenario, RunArchive archive, RunOutcome outcome, Summary summary) {

    /** The backend the suite runs on: {@code -Dmemchaos.backend=k3s}, Docker by default. */
    static final BackendKind BACKEND = BackendKind.fromSystemProperty();

    /** {@code -Dmemchaos.baseline=last-pass} (the nightly run) or a run id: each run is gated against it. */
    static final String BASELINE = "memchaos.baseline";

    /**
     * Measured in three clean-clone {@code bin/verify} runs (2026-12-07, every catalog scenario, Docker and k3s): the
     * first response's whole-second bucket began −0.97 to +0.05 s from the load's start, so the first response came
     * within about a second of it. A warm-up on the faults' clock lasts at least a 4 s round; before the fix it put
     * the first at +33 s.
     */
    static final double FIRST_RESPONSE_WITHIN_S = 3.0;

    static final Path HOME = Path.of(System.getProperty("memchaos.home", "..")).toAbsolutePath().normalize();

    static CatalogRun of(String name) throws Exception {
        return of(name, BACKEND);
    }

    static CatalogRun of(String name, BackendKind kind) throws Exception {
        return of(ScenarioLoader.load(HOME.resolve("chaos-scenarios").resolve(name + ".yaml")), kind);
    }

    /** A scenario that is not in the catalog (written by a test), run the same way. */
    static CatalogRun of(Scenario scenario, BackendKind kind) throws Exception {
        String name = scenario.name();
        RunId runId = RunId.next(scenario.name());
        ResultsFolder results = new ResultsFolder(HOME.resolve("results"));
        RunOptions options = RunOptions.defaults();
        String baseline = System.getProperty(BASELINE, "");
        if (!baseline.isBlank()) {
            options = options.withBaseline(Baselines.resolve(results, baseline, scenario.name(), kind.id));
        }
        RunArchive archive = results.create(runId);
        RunOutcome outcome;
        try (Backend<?> backend = kind.open(runId, Progress.toStderr())) {
            outcome = new ScenarioRunner(backend, archive, Progress.toStderr()).run(scenario, runId, options);
        }
        assertThat(DockerEnvironment.client().listContainersCmd().withShowAll(true)
                .withLabelFilter(List.of(RunLabels.RUN + "=" + runId.value())).exec())
                .as("containers of run %s left behind", runId).isEmpty();
        Summary summary = RunArchive.readSummary(archive.dir().resolve(RunArchive.SUMMARY));
        assertThat(summary.status()).isEqualTo(Summary.COMPLETED);
        assertThat(summary.backend()).isEqualTo(kind.id);
        assertThat(archive.dir().resolve("report.html")).as("the run's report").isNotEmptyFile();
        assertThat(results.root().resolve(ResultsFolder.INDEX)).as("the archive's index").isNotEmptyFile();
        assertLoadBeganOnTheFaultsClock(archive);
        try (Browser browser = new Browser()) {
            PageChecks.check(browser, archive.dir().resolve("report.html"), 1, "report-" + kind.id + "-" + name);
        }
        return new CatalogRun(scenario, archive, outcome, summary);
    }

    /**
     * The first response of each variant came within {@link #FIRST_RESPONSE_WITHIN_S} of the instant its faults and
     * probes count from: the load ran on the faults' clock. A generator warm-up (up to 40 s) that ran after that
     * instant would push the load past the faults, which then fire at nothing (a 50ms client delay at 8-16s that the
     * load never saw). Seconds are whole in the per-second series, so the first one may start before the load.
     * Every workload the catalog runs records that series, so a variant without one fails here rather than passing.
     */
    private static void assertLoadBeganOnTheFaultsClock(RunArchive archive) {
        TimelineDocument timeline = JournalFiles.timeline(archive.dir()).orElseThrow(
                () -> new AssertionError("no timeline.json in " + archive.dir()));
        for (TimelineDocument.VariantTimelineDocument v : timeline.variants()) {
            long loadStartMs = TimelineDocument.epochMillis(v.loadStartedAt());
            long first = v.latencyPerSecond().stream().filter(b -> b.ok() + b.failed() > 0).mapToLong(PerSecond.Bucket::epochSecond)
                    .min().orElseThrow(() -> new AssertionError(v.name() + ": no response in its per-second series"));
            assertThat((first * 1000 - loadStartMs) / 1000.0)
                    .as("%s: seconds from its load's start (where its faults count from) to its first response", v.name())
                    .isLessThan(FIRST_RESPONSE_WITHIN_S);
        }
    }

    /** The message a failing suite shows: each failing check, measured value against threshold. */
    String failures(String what) {
        return what + " failed its thresholds (measured vs threshold):\n" + outcome.verdict().explainFailures()
                + "\narchive: " + archive.dir();
    }
}
