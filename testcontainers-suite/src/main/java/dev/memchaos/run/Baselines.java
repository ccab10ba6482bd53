package dev.memchaos.run;

import dev.memchaos.archive.ResultsFolder;
import dev.memchaos.journal.Summary;
import java.io.IOException;
import java.util.Optional;

/** Resolves {@code --baseline last-pass} or {@code --baseline <run-id>} against the archive, before a run starts. */
public final class Baselines {

    public static final String LAST_PASS = "last-pass";

    private Baselines() {
    }

    /**
     * {@code last-pass}: the newest completed, passing run of the scenario on the backend; when there is none,
     * a baseline with a note (the first night has nothing to compare with, and is not failed for it).
     * A run id: that run, which must be a completed run of the same scenario.
     *
     * @throws IllegalArgumentException with a sentence for the user when a named run cannot be a baseline
     */
    public static RunOptions.BaselineRun resolve(ResultsFolder results, String requested, String scenario, String backend)
            throws IOException {
        if (LAST_PASS.equals(requested)) {
            Optional<Summary> last = results.lastPass(scenario, backend);
            return new RunOptions.BaselineRun(requested, last, last.isPresent() ? null
                    : "no earlier passing run of " + scenario + " on " + backend + " in " + results.root()
                            + "; nothing was compared this time");
        }
        Optional<Summary> named = results.summary(requested);
        if (named.isEmpty()) {
            throw new IllegalArgumentException("there is no run " + requested + " with a readable summary.json in "
                    + results.root() + "; give a run id from there, or last-pass");
        }
        Summary baseline = named.get();
        if (!scenario.equals(baseline.scenario())) {
            throw new IllegalArgumentException("run " + requested + " is of scenario " + baseline.scenario()
                    + ", not " + scenario + "; a baseline must run the same scenario");
        }
        if (!Summary.COMPLETED.equals(baseline.status())) {
            throw new IllegalArgumentException("run " + requested + " did not complete (its status is " + baseline.status()
                    + "); a baseline must be a completed run");
        }
        return new RunOptions.BaselineRun(requested, named, backend.equals(baseline.backend()) ? null
                : "the baseline ran on " + baseline.backend() + ", this run on " + backend + "; figures may differ for that alone");
    }
}
