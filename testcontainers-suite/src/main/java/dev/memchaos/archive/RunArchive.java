package dev.memchaos.archive;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.memchaos.run.RunId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The only writer of {@code results/}. Each run gets its own new folder (an existing one
 * is never written into), and every file is written to a temporary name and moved into
 * place atomically, so a killed run never leaves a half-written summary.
 */
public final class RunArchive {

    public static final String SCENARIO = "scenario.yaml";
    public static final String SUMMARY = "summary.json";
    public static final String TIMELINE = "timeline.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

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

    public Path dir() {
        return dir;
    }

    public Path gatlingFolder(String variant) {
        return dir.resolve("gatling").resolve(variant);
    }

    public void writeScenario(String yaml) throws IOException {
        writeAtomically(dir.resolve(SCENARIO), yaml.getBytes(StandardCharsets.UTF_8));
    }

    public void writeSummary(Summary summary) throws IOException {
        writeAtomically(dir.resolve(SUMMARY), JSON.writeValueAsBytes(summary));
    }

    public void writeTimeline(Object timeline) throws IOException {
        writeAtomically(dir.resolve(TIMELINE), JSON.writeValueAsBytes(timeline));
    }

    public static Summary readSummary(Path summaryJson) throws IOException {
        return JSON.readValue(summaryJson.toFile(), Summary.class);
    }

    private static void writeAtomically(Path target, byte[] content) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.write(temp, content);
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
