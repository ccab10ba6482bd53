package dev.memchaos.journal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The journal's two files in a run folder, and the one JSON mapping both are written and
 * read with (fields a newer memchaos added are ignored when read back).
 */
public final class JournalFiles {

    public static final String SUMMARY = "summary.json";
    public static final String TIMELINE = "timeline.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private JournalFiles() {
    }

    public static byte[] bytes(Object journalPart) throws IOException {
        return JSON.writeValueAsBytes(journalPart);
    }

    /** The run's summary; throws when it is missing or not a summary. */
    public static Summary summary(Path runDir) throws IOException {
        return readSummary(runDir.resolve(SUMMARY));
    }

    public static Summary readSummary(Path summaryJson) throws IOException {
        return JSON.readValue(summaryJson.toFile(), Summary.class);
    }

    /** The run's timeline; empty when the run stopped before writing one, or it cannot be read. */
    public static Optional<TimelineDocument> timeline(Path runDir) {
        Path file = runDir.resolve(TIMELINE);
        try {
            return Files.isRegularFile(file) ? Optional.of(JSON.readValue(file.toFile(), TimelineDocument.class)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
