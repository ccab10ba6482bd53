package dev.memchaos.load;

import dev.memchaos.simulations.ResponseTimes;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/** What one load run produced: every response time, and Gatling's own HTML report for people. */
public record LoadResult(ResponseTimes.Snapshot responses, Optional<Path> gatlingReport, Instant startedAt, Instant endedAt) {
}
