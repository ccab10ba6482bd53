package dev.memchaos.archive;

import dev.memchaos.journal.JournalFiles;
import dev.memchaos.journal.RunId;
import dev.memchaos.journal.Summary;
import dev.memchaos.journal.TimelineDocument;
import dev.memchaos.report.Assets;
import dev.memchaos.report.RunReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The only writer of {@code results/}. Each run gets its own new folder (an existing one
 * is never written into), and every file is written to a temporary name and moved into
 * place atomically, so a killed run never leaves a half-written summary. When a run's
 * summary is final (completed, error, interrupted, abandoned) its {@code report.html} is
 * written and {@code results/index.html} refreshed.
 */
public final class RunArchive {

    public static final String SCENARIO = "scenario.yaml";
    public static final String SUMMARY = JournalFiles.SUMMARY;
    public static final String TIMELINE = JournalFiles.TIMELINE;
    public static final String DIAGNOSTICS = "diagnostics";

    /** What a run's folder holds besides copies of the scenario's own files. */
    private static final List<String> ARCHIVE_NAMES = List.of(SCENARIO, SUMMARY, TIMELINE, DIAGNOSTICS, "gatling",
            Assets.FOLDER, RunReport.FILE);

    private final Path dir;

    private RunArchive(Path dir) {
        this.dir = dir;
    }

    public static RunArchive create(Path resultsRoot, RunId runId) throws IOException {
        Files.createDirectories(resultsRoot);
        Path dir = resultsRoot.resolve(runId.value());
        try {
            Files.createDirectory(dir);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("The run folder " + dir + " already exists; a run never writes into another run's archive.", e);
        }
        return new RunArchive(dir.toAbsolutePath());
    }

    /** The archive of a run already in results/ (to mark it abandoned, or write its report again). */
    static RunArchive existing(Path dir) {
        return new RunArchive(dir.toAbsolutePath());
    }

    public Path dir() {
        return dir;
    }

    public Path gatlingFolder(String variant) {
        return dir.resolve("gatling").resolve(variant);
    }

    /** Where a variant's diagnostics (heap profiles, the target's Go build) go. */
    public Path diagnosticsFolder(String variant) {
        return dir.resolve(DIAGNOSTICS).resolve(variant);
    }

    public void writeScenario(String yaml) throws IOException {
        writeScenario(yaml, Map.of());
    }

    /**
     * Writes the scenario and copies the files it names ({@code bodyFile}, {@code feeder}: name relative to the
     * scenario's folder, mapped to where they are) beside it at the same relative paths, so a replay of the archived
     * scenario finds them.
     */
    public void writeScenario(String yaml, Map<String, Path> files) throws IOException {
        for (Map.Entry<String, Path> file : files.entrySet()) {
            Path copy = dir.resolve(file.getKey()).normalize();
            if (!copy.startsWith(dir) || copy.equals(dir)
                    || ARCHIVE_NAMES.contains(dir.relativize(copy).getName(0).toString())) {
                throw new IOException("The scenario's file " + file.getKey() + " cannot be archived beside scenario.yaml:"
                        + " the run's archive uses that name (" + String.join(", ", ARCHIVE_NAMES) + "); rename it.");
            }
            Files.createDirectories(copy.getParent());
            writeAtomically(copy, Files.readAllBytes(file.getValue()));
        }
        writeAtomically(dir.resolve(SCENARIO), yaml.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes the summary; once it is final, the report and the index too. */
    public void writeSummary(Summary summary) throws IOException {
        writeSummary(summary, true);
    }

    /** Writes the summary; once it is final the report too, and the index only if asked (a batch writes it once at its end). */
    public void writeSummary(Summary summary, boolean refreshIndex) throws IOException {
        writeAtomically(dir.resolve(SUMMARY), JournalFiles.bytes(summary));
        if (!summary.isRunning()) {
            // The pages are readers of what was just written: if one cannot be written, the run and its
            // summary stand, and `memchaos archive` can write the pages again.
            try {
                writeReport();
                if (refreshIndex) {
                    new ResultsFolder(dir.getParent()).writeIndex();
                }
            } catch (IOException | RuntimeException e) {
                System.err.println("memchaos: could not write the pages of run " + dir.getFileName() + " (" + e.getMessage()
                        + "); its summary is archived, and `bin/memchaos archive` writes them again");
            }
        }
    }

    public void writeTimeline(TimelineDocument timeline) throws IOException {
        writeAtomically(dir.resolve(TIMELINE), JournalFiles.bytes(timeline));
    }

    /** Writes report.html (and the assets it opens with) from what is in the run's folder. */
    public void writeReport() throws IOException {
        writeAssets(dir);
        writeAtomically(dir.resolve(RunReport.FILE), RunReport.render(dir).getBytes(StandardCharsets.UTF_8));
    }

    public static Summary readSummary(Path summaryJson) throws IOException {
        return JournalFiles.readSummary(summaryJson);
    }

    static void writeAssets(Path folder) throws IOException {
        Path assets = folder.resolve(Assets.FOLDER);
        Files.createDirectories(assets);
        for (Map.Entry<String, byte[]> asset : Assets.all().entrySet()) {
            Path file = assets.resolve(asset.getKey());
            if (!Files.isRegularFile(file) || !Arrays.equals(Files.readAllBytes(file), asset.getValue())) {
                writeAtomically(file, asset.getValue());
            }
        }
    }

    static void writeAtomically(Path target, byte[] content) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.write(temp, content);
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the default permissions stand
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("The file system under " + target.getParent() + " cannot replace files atomically.", e);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
