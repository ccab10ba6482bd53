package dev.memchaos.run;

import dev.memchaos.archive.RunArchive;
import dev.memchaos.backend.Backend;
import dev.memchaos.backend.DeployException;
import dev.memchaos.backend.Deployment;
import dev.memchaos.backend.Target;
import dev.memchaos.chaos.ChaosTimeline;
import dev.memchaos.chaos.FaultRecord;
import dev.memchaos.diagnostics.Diagnostics;
import dev.memchaos.diagnostics.GoBuild;
import dev.memchaos.diagnostics.GoBuildReader;
import dev.memchaos.diagnostics.HeapProfiles;
import dev.memchaos.diagnostics.NearPeakHeap;
import dev.memchaos.journal.Summary;
import dev.memchaos.load.GatlingLoad;
import dev.memchaos.load.LoadException;
import dev.memchaos.load.LoadResult;
import dev.memchaos.backend.LocalImages;
import dev.memchaos.metrics.GcTrace;
import dev.memchaos.metrics.GoRuntimeDelta;
import dev.memchaos.metrics.GoRuntimeSnapshot;
import dev.memchaos.metrics.MetricsScraper;
import dev.memchaos.probe.MemoryProbe;
import dev.memchaos.probe.RuntimeProbe;
import dev.memchaos.probe.Timeline;
import dev.memchaos.scenario.Hypothesis;
import dev.memchaos.scenario.Scenario;
import dev.memchaos.scenario.TargetSpec;
import dev.memchaos.scenario.Variant;
import dev.memchaos.simulations.LoadSpec;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One variant, start to end: deploy, start the probes, check the steady state, run the
 * load with the chaos timeline, revert every fault, check the steady state again, read
 * memory and OOM kills, remove everything.
 */
final class VariantRun<T extends Target> {

    static final String HEAP_AT_END = "heap-at-end.pb.gz";
    static final String HEAP_NEAR_PEAK = "heap-near-peak.pb.gz";

    private final Backend<T> backend;
    private final MetricsScraper scraper = new MetricsScraper();
    private final GatlingLoad gatling;
    private final Progress progress;
    private final ChaosRegistry chaosRegistry;
    private final long seed;
    private final RunArchive archive;
    private final Set<URI> unreadable = ConcurrentHashMap.newKeySet();

    VariantRun(Backend<T> backend, Progress progress, ChaosRegistry chaosRegistry, RunOptions options, RunArchive archive) {
        this.backend = backend;
        this.progress = progress;
        this.gatling = new GatlingLoad(progress::say, options.generatorWarmUp());
        this.chaosRegistry = chaosRegistry;
        this.seed = options.seed();
        this.archive = archive;
    }

    VariantResult run(Scenario scenario, Variant variant, Function<String, Path> gatlingFolder)
            throws DeployException, LoadException {
        String name = variant.name();
        TargetSpec spec = withGcTrace(scenario.targetFor(variant));
        LoadSpec load = scenario.load();
        // Before anything starts a clock: the faults and probes count from the load's start, and a warm-up after that
        // start would push the measured load past them (a 50ms delay window at 8-16s that fell in a 33s warm-up).
        gatling.warmUp(load, seed);
        progress.say("[" + name + "] starting " + spec.image() + " with a " + spec.memory() + " memory limit");
        Summary.Image image = new Summary.Image(spec.image(), backend.imageId(spec.image()).orElse(null));
        Instant since = Instant.now().minusSeconds(1);
        Timeline timeline = new Timeline();
        long deployStart = System.nanoTime();
        Path diagnostics = archive.diagnosticsFolder(name);
        HeapProfiles heapProfiles = new HeapProfiles(reason -> progress.say("[" + name + "] no heap profile: " + reason));
        try (T target = backend.deploy(Deployment.of(spec, name, scenario.faults()));
             NearPeakHeap nearPeak = new NearPeakHeap(target.endpoint(), diagnostics.resolve(HEAP_NEAR_PEAK), heapProfiles);
             MemoryProbe memory = new MemoryProbe(target, timeline, nearPeak);
             RuntimeProbe runtime = new RuntimeProbe(target.endpoint().resolve(spec.metricsPath()), spec.metrics(), timeline)) {
            GcTraceLog gcTrace = new GcTraceLog(target, since);
            progress.say(String.format(Locale.ROOT, "[%s] ready on %s in %.1fs", name, backend.name(),
                    (System.nanoTime() - deployStart) / 1e9));
            URI metrics = target.endpoint().resolve(spec.metricsPath());
            GoBuild build = new GoBuildReader(note -> progress.say("[" + name + "] " + note)).read(metrics, target.endpoint());
            Optional<HypothesisResult> before = checkHypothesis(scenario, name, "before", target, spec, gcTrace, gatlingFolder);

            progress.say("[" + name + "] load: " + load.pacing().describe() + " for " + seconds(load.duration())
                    + " after a " + seconds(load.rampUp()) + " ramp, against " + target.loadEndpoint()
                    + (scenario.faults().isEmpty() ? "" : ", with " + scenario.faults().size() + " fault(s)"));
            LoadWindow window;
            List<FaultRecord> chaos;
            Optional<Path> atEnd;
            Instant loadStart = Instant.now();
            try (ChaosTimeline faults = chaosRegistry.register(ChaosTimeline.start(scenario.faults(), target,
                    backend.injectors(), line -> progress.say("[" + name + "] " + line)))) {
                window = measure(target, spec, gcTrace, load, gatlingFolder.apply(name), name);
                atEnd = heapProfiles.capture(target.endpoint(), diagnostics.resolve(HEAP_AT_END));
                faults.close();
                chaos = faults.records();
            } finally {
                chaosRegistry.clear();
            }

            Optional<HypothesisResult> after = checkHypothesis(scenario, name, "after", target, spec, gcTrace, gatlingFolder);
            gcTrace.read().ifPresent(trace -> GcTraceSeries.record(trace, timeline));
            window.runtime().gc().ifPresent(gc -> progress.say("[" + name + "] GC figures from " + gc.source().label()));
            long peak = Math.max(memory.peakBytes(), peakFromRuntime(target));
            nearPeak.close();
            Path runDir = archive.dir();
            Diagnostics diagnosed = new Diagnostics(atEnd.map(p -> runDir.relativize(p).toString()).orElse(null),
                    nearPeak.result(runDir.relativize(diagnostics.resolve(HEAP_NEAR_PEAK)).toString(), loadStart).orElse(null), build);
            List<Instant> ooms = target.oomKills(since);
            progress.say("[" + name + "] done: " + window.responses().requests() + " requests, "
                    + window.responses().failed() + " errors, " + (ooms.isEmpty() ? "not OOM-killed" : "OOM-killed " + ooms.size() + "x"));
            VariantTimeline series = new VariantTimeline(timeline.relativeTo(loadStart.toEpochMilli()),
                    window.responses().perSecond(),
                    ooms.stream().map(t -> (t.toEpochMilli() - loadStart.toEpochMilli()) / 1000.0).toList());
            return new VariantResult(name, window.responses(), window.runtime(), spec.memory().bytes(), peak, ooms,
                    window.gatlingReport(), loadStart, window.endedAt(), chaos, before, after, series, image, diagnosed);
        }
    }

    private Optional<HypothesisResult> checkHypothesis(Scenario scenario, String variant, String when, Target target,
                                                      TargetSpec spec, GcTraceLog gcTrace, Function<String, Path> gatlingFolder)
            throws LoadException {
        if (scenario.hypothesis().isEmpty()) {
            return Optional.empty();
        }
        Hypothesis hypothesis = scenario.hypothesis().get();
        LoadSpec probe = scenario.load().probe(hypothesis.ratePerSecond(), hypothesis.duration());
        LoadWindow window = measure(target, spec, gcTrace, probe, gatlingFolder.apply(variant + "-hypothesis-" + when),
                variant + " steady state " + when);
        VariantResult measured = VariantResult.measured(variant, window, target.memoryLimitBytes(), 0, List.of());
        HypothesisResult result = HypothesisResult.of(hypothesis.checks().evaluate(new ResultMeasurements(List.of(measured))));
        progress.say("[" + variant + "] steady state " + when + " the faults: " + (result.pass() ? "holds" : "does not hold"));
        return Optional.of(result);
    }

    private LoadWindow measure(Target target, TargetSpec spec, GcTraceLog gcTrace, LoadSpec load, Path gatlingFolder,
                               String description) throws LoadException {
        URI metrics = target.endpoint().resolve(spec.metricsPath());
        String heapInUse = spec.metrics().heapInUse();
        Optional<GoRuntimeSnapshot> before = scrape(metrics, heapInUse, description);
        LoadResult result = gatling.run(load, target.loadEndpoint(), gatlingFolder, description, seed);
        Optional<GoRuntimeSnapshot> after = scrape(metrics, heapInUse, description);
        GoRuntimeDelta runtime = before.flatMap(b -> after.map(a -> a.minus(b))).orElse(GoRuntimeDelta.UNKNOWN);
        if (after.isPresent() && scraper.forceGarbageCollection(target.endpoint())) {
            Optional<GoRuntimeSnapshot> collected = scrape(metrics, heapInUse, description);
            if (collected.isPresent()) {
                runtime = runtime.withHeapInUseAtEnd(collected.get().heapInUseBytes());
            }
        }
        Optional<GcTrace> trace = gcTrace.read().filter(t -> !t.isEmpty());
        if (trace.isPresent()) {
            runtime = runtime.withGc(GcTrace.figures(trace.get().within(result.startedAt(), result.endedAt())));
        }
        return new LoadWindow(result.responses(), runtime, result.gatlingReport(), result.startedAt(), result.endedAt());
    }

    private Optional<GoRuntimeSnapshot> scrape(URI metrics, String heapInUse, String what) {
        try {
            return Optional.of(scraper.scrapeGoRuntime(metrics, heapInUse));
        } catch (IOException | IllegalArgumentException e) {
            if (unreadable.add(metrics)) {
                progress.say("[" + what + "] could not read Prometheus metrics at " + metrics + " ("
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + "): GC figures"
                        + " come from gctrace where the Go runtime writes it; allocation and heap figures are not measured");
            }
            return Optional.empty();
        }
    }

    /** The target with {@code GODEBUG=gctrace=1} added to its environment (and to a GODEBUG its scenario or image sets). */
    private static TargetSpec withGcTrace(TargetSpec spec) {
        return spec.withEnv(GcTrace.enable(spec.env(), LocalImages.env(spec.image(), GcTrace.GODEBUG).orElse(null)));
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
