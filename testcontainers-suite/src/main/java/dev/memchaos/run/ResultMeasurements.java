package dev.memchaos.run;

import dev.memchaos.metrics.GcFigures;
import dev.memchaos.probe.RuntimeProbe;
import dev.memchaos.scenario.Measurements;
import dev.memchaos.scenario.Metric;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The run's measurements, as the threshold evaluator asks for them. */
public final class ResultMeasurements implements Measurements {

    private final Map<String, VariantResult> byVariant;
    private final List<String> order;

    public ResultMeasurements(List<VariantResult> results) {
        this.order = results.stream().map(VariantResult::variant).toList();
        this.byVariant = results.stream().collect(Collectors.toMap(VariantResult::variant, Function.identity()));
    }

    @Override
    public List<String> variants() {
        return order;
    }

    @Override
    public OptionalDouble value(String variant, Metric metric) {
        VariantResult r = byVariant.get(variant);
        if (r == null) {
            return OptionalDouble.empty();
        }
        if (metric instanceof Metric.Percentile percentile) {
            return latency(r, percentile.p());
        }
        return named(r, (Metric.Named) metric);
    }

    private static OptionalDouble named(VariantResult r, Metric.Named metric) {
        return switch (metric) {
            case LATENCY_MAX -> r.responses().latency().maxMs();
            case REQUESTS -> OptionalDouble.of(r.requests());
            case ERRORS -> OptionalDouble.of(r.errors());
            case ERROR_RATE -> r.requests() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) r.errors() / r.requests());
            case GC_PAUSE_COUNT -> gc(r, g -> OptionalDouble.of(g.pauses()));
            case GC_PAUSE_P99 -> ms(gc(r, GcFigures::p99Seconds));
            case GC_PAUSE_MAX -> ms(gc(r, GcFigures::maxSeconds));
            case GC_CYCLES -> gc(r, GcFigures::cycles);
            case GC_CYCLES_PER_1K_REQUESTS -> perRequest(r, gc(r, GcFigures::cycles), 1000);
            case ALLOC_BYTES_PER_REQUEST -> perRequest(r, r.runtime().heapAllocBytes(), 1);
            case MALLOCS_PER_REQUEST -> perRequest(r, r.runtime().heapAllocObjects(), 1);
            case IN_FLIGHT_PEAK -> r.timeline().series().getOrDefault(RuntimeProbe.IN_FLIGHT, List.of()).stream()
                    .mapToDouble(point -> point[1]).max();
            case HEAP_IN_USE -> r.runtime().heapInUseAtEnd();
            case MEMORY_PEAK -> r.memoryPeakBytes() > 0 ? OptionalDouble.of(r.memoryPeakBytes()) : OptionalDouble.empty();
            case MEMORY_LIMIT -> OptionalDouble.of(r.memoryLimitBytes());
            case MEMORY_PEAK_RATIO -> r.memoryPeakBytes() > 0
                    ? OptionalDouble.of((double) r.memoryPeakBytes() / r.memoryLimitBytes()) : OptionalDouble.empty();
            case OOM_KILLED -> OptionalDouble.of(r.oomKilled() ? 1 : 0);
            case STEADY_STATE_BEFORE -> held(r.hypothesisBefore());
            case STEADY_STATE_AFTER -> held(r.hypothesisAfter());
        };
    }

    private static OptionalDouble held(Optional<HypothesisResult> hypothesis) {
        return hypothesis.map(h -> OptionalDouble.of(h.pass() ? 1 : 0)).orElse(OptionalDouble.empty());
    }

    private static OptionalDouble latency(VariantResult r, double percentile) {
        return r.responses().latency().percentileMs(percentile);
    }

    /** A GC figure of the variant's preferred GC source (the same source for every GC metric). */
    private static OptionalDouble gc(VariantResult r, Function<GcFigures, OptionalDouble> figure) {
        return r.runtime().gc().map(figure).orElse(OptionalDouble.empty());
    }

    private static OptionalDouble ms(OptionalDouble seconds) {
        return seconds.isPresent() ? OptionalDouble.of(seconds.getAsDouble() * 1000) : seconds;
    }

    private static OptionalDouble perRequest(VariantResult r, OptionalDouble total, double per) {
        return total.isPresent() && r.requests() > 0
                ? OptionalDouble.of(total.getAsDouble() * per / r.requests())
                : OptionalDouble.empty();
    }
}
