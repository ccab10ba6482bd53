package dev.memchaos.load;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/** What one load run produced: its responses, and Gatling's own HTML report for people. */
public record LoadResult(Responses responses, Optional<Path> gatlingReport, Instant startedAt, Instant endedAt) {
}
