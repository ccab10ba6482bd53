package dev.memchaos.run;

import dev.memchaos.metrics.GoRuntimeDelta;
import dev.memchaos.load.Responses;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/** One load against a target: every response, and the Go runtime's activity between the scrapes around it. */
record LoadWindow(Responses responses, GoRuntimeDelta runtime, Optional<Path> gatlingReport,
                  Instant startedAt, Instant endedAt) {
}
