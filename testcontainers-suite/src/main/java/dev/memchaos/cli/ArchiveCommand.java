package dev.memchaos.cli;

import dev.memchaos.archive.ArchivedRun;
import dev.memchaos.archive.ResultsFolder;
import dev.memchaos.run.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code memchaos archive}: tidies results/ and writes its pages: runs whose harness is gone
 * are marked abandoned, a run without a report gets one, and index.html is written.
 */
@Command(name = "archive", description = "Mark runs whose harness is gone as abandoned, write missing reports, and write results/index.html.",
        exitCodeList = {
            "0:the archive is tidied and its index written",
            "2:the command line is invalid",
            "4:the archive could not be read or written, or memchaos met a bug (the message says where its trace is)"})
final class ArchiveCommand implements Callable<Integer> {

    @Option(names = "--results", paramLabel = "DIR", description = "the archive (default: results/ of the memchaos checkout)")
    Path resultsRoot;

    @Option(names = "--rewrite-reports", description = "write every run's report.html again, not only the missing ones")
    boolean rewrite;

    @Override
    public Integer call() {
        ResultsFolder results = new ResultsFolder(resultsRoot != null ? resultsRoot : ScenarioResolver.home().resolve("results"));
        Progress progress = Progress.toStderr();
        try {
            List<String> abandoned = results.markAbandoned();
            abandoned.forEach(id -> progress.say("abandoned: " + id + " (its harness is gone)"));
            int written = 0;
            int damaged = 0;
            List<ArchivedRun> runs = results.runs();
            for (ArchivedRun run : runs) {
                if (run.summary().isEmpty()) {
                    damaged++;
                    progress.say("damaged: " + run.folder() + ": " + run.damage());
                } else if (rewrite || !Files.isRegularFile(run.dir().resolve("report.html"))) {
                    try {
                        results.writeReport(run);
                        written++;
                    } catch (IOException | RuntimeException e) {
                        progress.say("could not write the report of " + run.folder() + ": " + e.getMessage());
                    }
                }
            }
            results.writeIndex();
            System.out.println(runs.size() + " runs (" + damaged + " damaged, " + abandoned.size() + " newly abandoned), "
                    + written + " report(s) written");
            System.out.println("index: " + results.root().resolve(ResultsFolder.INDEX));
            return ExitCode.PASS.code;
        } catch (IOException | UncheckedIOException e) {
            ErrorLine.say("memchaos archive", String.valueOf(e.getMessage()));
            return ExitCode.RUN_ERROR.code;
        }
    }
}
