package dev.memchaos.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.memchaos.journal.RunId;
import dev.memchaos.journal.Summary;
import dev.memchaos.report.ArchiveIndex;
import dev.memchaos.report.Assets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code results/}: every run's folder, the index of them all, and the house-keeping a new
 * start of memchaos does (runs whose harness is gone are marked abandoned).
 */
public final class ResultsFolder {

    public static final String INDEX = "index.html";

    private final Path root;

    public ResultsFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** A new run's folder. */
    public RunArchive create(RunId runId) throws IOException {
        return RunArchive.create(root, runId);
    }

    /** Every run folder, newest first (run ids begin with their UTC start time); damaged ones too. */
    public List<ArchivedRun> runs() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<ArchivedRun> runs = new ArrayList<>();
        try (Stream<Path> folders = Files.list(root)) {
            for (Path dir : folders.filter(Files::isDirectory)
                    .filter(d -> !d.getFileName().toString().equals(Assets.FOLDER))
                    .filter(d -> !d.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList()) {
                runs.add(read(dir));
            }
        }
        return runs;
    }

    /** The run with this id, if its folder holds a readable summary. */
    public Optional<Summary> summary(String runId) throws IOException {
        Path dir = root.resolve(runId).normalize();
        if (!dir.getParent().equals(root) || !Files.isDirectory(dir)) {
            return Optional.empty();
        }
        return read(dir).summary();
    }

    /** The newest completed, passing run of this scenario on this backend. */
    public Optional<Summary> lastPass(String scenario, String backend) throws IOException {
        return runs().stream().flatMap(r -> r.summary().stream())
                .filter(s -> scenario.equals(s.scenario()) && backend.equals(s.backend()))
                .filter(s -> Summary.COMPLETED.equals(s.status()) && "pass".equals(s.verdict()))
                .findFirst();
    }

    /**
     * Marks every run still "running" whose harness process is gone as abandoned (in its summary
     * and its report); returns their ids.
     */
    public List<String> markAbandoned() throws IOException {
        List<String> marked = new ArrayList<>();
        for (ArchivedRun run : runs()) {
            Optional<Summary> summary = run.summary();
            if (summary.isPresent() && summary.get().isRunning() && !Harnesses.alive(summary.get().harness())) {
                Summary.Harness h = summary.get().harness();
                String who = h == null ? "its harness" : "its harness (pid " + h.pid() + " on " + h.host() + ")";
                Summary abandoned = summary.get().finished(Summary.ABANDONED, null, null,
                        "the run was abandoned: " + who + " stopped before it finished (killed with SIGKILL, crashed, "
                                + "or the machine went down); found by memchaos at " + Instant.now(),
                        summary.get().variants());
                RunArchive.existing(run.dir()).writeSummary(abandoned, false);
                marked.add(run.folder());
            }
        }
        return marked;
    }

    /** Writes a run's report.html again from its folder. */
    public void writeReport(ArchivedRun run) throws IOException {
        RunArchive.existing(run.dir()).writeReport();
    }

    /** Writes results/index.html (and its assets) from every run folder. */
    public void writeIndex() throws IOException {
        Files.createDirectories(root);
        RunArchive.writeAssets(root);
        RunArchive.writeAtomically(root.resolve(INDEX),
                ArchiveIndex.render(runs()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static ArchivedRun read(Path dir) {
        Path file = dir.resolve(RunArchive.SUMMARY);
        if (!Files.isRegularFile(file)) {
            return ArchivedRun.damaged(dir, "no summary.json: the folder is not a memchaos run, or its start was cut short");
        }
        try {
            Summary summary = RunArchive.readSummary(file);
            if (summary == null || summary.runId() == null || summary.status() == null || summary.scenario() == null) {
                return ArchivedRun.damaged(dir, "summary.json lacks its runId, scenario or status: it is not a memchaos summary");
            }
            return ArchivedRun.of(dir, summary);
        } catch (JsonProcessingException e) {
            return ArchivedRun.damaged(dir, "summary.json cannot be read (" + e.getOriginalMessage() + ")");
        } catch (IOException | RuntimeException e) {
            return ArchivedRun.damaged(dir, "summary.json cannot be read (" + e.getMessage() + ")");
        }
    }
}
