package dev.memchaos.run;

import dev.memchaos.backend.Backend;
import dev.memchaos.backend.DeployException;
import dev.memchaos.backend.Target;
import dev.memchaos.load.GatlingLoad;
import dev.memchaos.load.LoadException;
import dev.memchaos.load.LoadResult;
import dev.memchaos.metrics.GoRuntimeDelta;
import dev.memchaos.metrics.GoRuntimeSnapshot;
import dev.memchaos.metrics.MetricsScraper;
import dev.memchaos.scenario.LoadSpec;
import dev.memchaos.scenario.TargetSpec;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** One variant, start to end: deploy, scrape, load, scrape, read memory and OOM kills, remove. */
final class VariantRun {

    private final Backend backend;
    private final MetricsScraper scraper = new MetricsScraper();
    private final GatlingLoad gatling = new GatlingLoad();
    private final Progress progress;

    VariantRun(Backend backend, Progress progress) {
        this.backend = backend;
        this.progress = progress;
    }

    VariantResult run(String variant, TargetSpec spec, LoadSpec load, Path gatlingFolder)
            throws DeployException, LoadException {
        progress.say("[" + variant + "] starting " + spec.image() + " with a " + spec.memory() + " memory limit");
        Instant since = Instant.now().minusSeconds(1);
        try (Target target = backend.deploy(spec, variant)) {
            URI metrics = target.endpoint().resolve(spec.metricsPath());
            Optional<GoRuntimeSnapshot> before = scrape(metrics, variant);
            LoadResult result;
            long peak;
            progress.say("[" + variant + "] load: " + load.ratePerSecond() + " req/s for " + seconds(load.duration())
                    + " after a " + seconds(load.rampUp()) + " ramp, against " + target.endpoint());
            try (MemoryPeakProbe probe = new MemoryPeakProbe(target, Duration.ofSeconds(1))) {
                result = gatling.run(load, target.endpoint(), gatlingFolder, variant);
                peak = probe.peakBytes();
            }
            Optional<GoRuntimeSnapshot> after = scrape(metrics, variant);
            GoRuntimeDelta runtime = before.flatMap(b -> after.map(a -> a.minus(b))).orElse(GoRuntimeDelta.UNKNOWN);
            peak = Math.max(peak, peakFromRuntime(target));
            int ooms = target.oomKills(since);
            double loadSeconds = Duration.between(result.startedAt(), result.endedAt()).toMillis() / 1000.0;
            progress.say("[" + variant + "] done: " + result.responses().requests() + " requests, "
                    + result.responses().failed() + " errors, " + (ooms > 0 ? "OOM-killed" : "not OOM-killed"));
            return new VariantResult(variant, result.responses(), runtime, target.memoryLimitBytes(), peak, ooms,
                    result.gatlingReport(), loadSeconds);
        }
    }

    private Optional<GoRuntimeSnapshot> scrape(URI metrics, String variant) {
        try {
            return Optional.of(scraper.scrapeGoRuntime(metrics));
        } catch (IOException | IllegalArgumentException e) {
            progress.say("[" + variant + "] could not read " + metrics + " (" + e.getMessage() + "); runtime metrics are unknown");
            return Optional.empty();
        }
    }

    private static long peakFromRuntime(Target target) {
        try {
            return target.memoryStats().peakBytes();
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
    }
}
