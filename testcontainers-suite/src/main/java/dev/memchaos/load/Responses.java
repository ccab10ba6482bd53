package dev.memchaos.load;

import dev.memchaos.simulations.PerSecond;
import dev.memchaos.simulations.ResponseTimes;
import java.util.List;

/**
 * The responses of one load: how many succeeded and failed, their latencies, and their per-second series (empty when
 * only Gatling's report was read: a user simulation that does not record through {@link ResponseTimes#recorded}).
 */
public record Responses(long ok, long failed, Latencies latency, List<PerSecond.Bucket> perSecond) {

    public Responses {
        perSecond = List.copyOf(perSecond);
    }

    public static Responses recorded(ResponseTimes.Snapshot snapshot) {
        return new Responses(snapshot.ok(), snapshot.failed(), new Latencies.Recorded(snapshot.latencyMicros()),
                snapshot.perSecond());
    }

    public long requests() {
        return ok + failed;
    }
}
