package dev.memchaos.cli;

import dev.memchaos.api.Memchaos;
import dev.memchaos.api.MemchaosException;
import dev.memchaos.api.ScenarioRun;
import dev.memchaos.archive.ResultsFolder;
import dev.memchaos.archive.RunArchive;
import dev.memchaos.backend.LocalImages;
import dev.memchaos.journal.Summary;
import dev.memchaos.run.BackendKind;
import dev.memchaos.run.Progress;
import dev.memchaos.run.RunOptions;
import dev.memchaos.scenario.Printable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code memchaos replay}: an archived run again, from its own copy of the scenario, with its
 * seed, on its backend; a new run that says which one it replays, its report beside the original.
 */
@Command(name = "replay", description = "Run an archived run again: its archived scenario.yaml, seed and backend; "
        + "the new run's report sets it beside the original.")
final class ReplayCommand implements Callable<Integer> {

    private static final String COMMAND = "memchaos replay";

    @Parameters(paramLabel = "RUN-ID", description = "a run folder name under results/")
    String runId;

    @Option(names = "--results", paramLabel = "DIR", description = "where runs are archived (default: results/ of the memchaos checkout)")
    Path resultsRoot;

    @Option(names = "--warm-up", paramLabel = "DURATION", defaultValue = WarmUpArgument.DEFAULT, description = WarmUpArgument.DESCRIPTION)
    String warmUp;

    @Override
    public Integer call() {
        String id = RunIdArgument.runId(runId);
        Duration longestWarmUp = WarmUpArgument.parse(warmUp);
        ResultsFolder results = new ResultsFolder(resultsRoot != null ? resultsRoot : ScenarioResolver.home().resolve("results"));
        Optional<Summary> original;
        try {
            original = results.summary(id);
        } catch (IOException e) {
            original = Optional.empty();
        }
        Path scenarioFile = results.root().resolve(id).resolve(RunArchive.SCENARIO);
        if (original.isEmpty() || !Files.isRegularFile(scenarioFile)) {
            ErrorLine.say(COMMAND, "there is no run " + id + " with a summary.json and a scenario.yaml in "
                    + results.root() + "; nothing was started.");
            return ExitCode.INVALID_INPUT.code;
        }
        Summary run = original.get();
        BackendKind kind;
        try {
            kind = BackendKind.of(Objects.requireNonNullElse(run.backend(), BackendKind.DOCKER.id));
        } catch (IllegalArgumentException e) {
            ErrorLine.say(COMMAND, "run " + id + " ran on " + run.backend() + ", which this memchaos does not know; "
                    + "nothing was started.");
            return ExitCode.INVALID_INPUT.code;
        }
        ScenarioRun replay;
        try {
            replay = Memchaos.scenario(scenarioFile);
        } catch (MemchaosException e) {
            ErrorLine.sayEachLine(e.getMessage());
            ErrorLine.say(COMMAND, "the archived scenario of run " + id + " no longer validates; nothing was started.");
            return ExitCode.INVALID_INPUT.code;
        }
        Progress progress = Progress.toStderr();
        progress.say("replaying run " + id + " (" + Printable.of(String.valueOf(run.scenario())) + " on " + kind.id
                + (run.seed() != null ? ", seed " + run.seed() : ", no seed recorded: a new one") + ")");
        warnAboutChangedImages(run, progress);
        replay = replay.withBackend(kind).withResults(results.root()).withProgress(progress).withGeneratorWarmUp(longestWarmUp);
        long seed = run.seed() != null ? run.seed() : RunOptions.defaults().seed();
        return RunExecution.execute(replay.replaying(id, seed));
    }

    /** Says, per image, when the image the original ran is no longer the one a target would run now. */
    private static void warnAboutChangedImages(Summary run, Progress progress) {
        Set<Summary.Image> images = new LinkedHashSet<>();
        run.variants().stream().map(Summary.VariantSummary::image).filter(Objects::nonNull).forEach(images::add);
        for (Summary.Image image : images) {
            String now = LocalImages.id(image.name()).orElse(null);
            if (image.id() == null) {
                progress.say("warning: run " + run.runId() + " recorded no image id for " + image.name() + "; cannot tell whether it changed");
            } else if (now == null) {
                progress.say("warning: the image " + image.name() + " is not on this machine any more; the run needs it");
            } else if (!now.equals(image.id())) {
                progress.say("warning: the image " + image.name() + " is not the one that ran: it was " + shortId(image.id())
                        + ", it is now " + shortId(now) + "; differences may come from the image, not the run");
            }
        }
    }

    private static String shortId(String id) {
        String hex = id.startsWith("sha256:") ? id.substring(7) : id;
        return hex.substring(0, Math.min(12, hex.length()));
    }
}
