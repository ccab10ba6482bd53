package dev.memchaos.archive;

import dev.memchaos.journal.Summary;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One folder of {@code results/} as found: its run's summary, or, for a damaged or
 * half-written folder, the sentence saying what is wrong with it.
 */
public record ArchivedRun(String folder, Path dir, Optional<Summary> summary, String damage) {

    static ArchivedRun of(Path dir, Summary summary) {
        return new ArchivedRun(dir.getFileName().toString(), dir, Optional.of(summary), null);
    }

    static ArchivedRun damaged(Path dir, String damage) {
        return new ArchivedRun(dir.getFileName().toString(), dir, Optional.empty(), damage);
    }
}
