package dev.memchaos.run;

import dev.memchaos.metrics.GoRuntimeDelta;
import dev.memchaos.simulations.ResponseTimes;
import java.nio.file.Path;
import java.util.Optional;

/** What was measured for one variant during its load window. */
public record VariantResult(String variant, ResponseTimes.Snapshot responses, GoRuntimeDelta runtime,
                            long memoryLimitBytes, long memoryPeakBytes, int oomKills,
                            Optional<Path> gatlingReport, double loadSeconds) {

    public long requests() {
        return responses.requests();
    }

    public long errors() {
        return responses.failed();
    }

    public boolean oomKilled() {
        return oomKills > 0;
    }
}
