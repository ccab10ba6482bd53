package dev.memchaos.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import dev.memchaos.scenario.FaultSpec.Kill;
import dev.memchaos.scenario.FaultSpec.MemoryLimit;
import dev.memchaos.scenario.FaultSpec.MemoryPressure;
import dev.memchaos.scenario.FaultSpec.NetworkDelay;
import dev.memchaos.scenario.FaultSpec.NetworkDelay.NetworkPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** Reads {@code faults}: each item's type, when it happens, and the fields its type takes. */
final class FaultReader {

    /** A fault as read, with where it is in the file. */
    record Placed(FieldPath path, FaultSpec fault) {
    }

    private static final Map<String, List<String>> FIELDS = Map.of(
            MemoryPressure.TYPE, List.of("type", "at", "duration", "size", "steps"),
            MemoryLimit.TYPE, List.of("type", "at", "duration", "limit", "fraction"),
            NetworkDelay.TYPE, List.of("type", "at", "duration", "path", "latency", "jitter"),
            Kill.TYPE, List.of("type", "at", "restart"));
    private static final Set<String> ALL_FIELDS = FaultSpec.TYPES.stream().map(FIELDS::get).flatMap(List::stream)
            .collect(LinkedHashSet::new, Set::add, Set::addAll);
    private static final List<String> PATHS = Arrays.stream(NetworkPath.values()).map(NetworkPath::text).toList();

    private final Problems problems;
    private final boolean downstreamDeclared;

    private FaultReader(Problems problems, boolean downstreamDeclared) {
        this.problems = problems;
        this.downstreamDeclared = downstreamDeclared;
    }

    /** The faults that read without a problem, in the order written; an absent {@code faults} is none. */
    static List<Placed> read(YamlObject root, boolean downstreamDeclared, Problems problems) {
        List<JsonNode> items = root.list("faults").orElse(List.of());
        FaultReader reader = new FaultReader(problems, downstreamDeclared);
        List<Placed> faults = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            FieldPath at = root.path("faults").at(i);
            YamlObject.of(items.get(i), at, problems).flatMap(reader::fault)
                    .ifPresent(fault -> faults.add(new Placed(at, fault)));
        }
        return faults;
    }

    private Optional<FaultSpec> fault(YamlObject item) {
        Optional<String> type = item.required("type", "the kind of fault, one of " + known(), FieldValues::text)
                .filter(t -> isKnown(t, item));
        if (type.isEmpty()) {
            reportMisspeltFields(item);
            return Optional.empty();
        }
        allowOnly(item, type.get());
        Optional<Duration> at = item.required("at",
                "when the fault starts, counted from the start of the load (ramp-up included), like 10s",
                FieldValues::nonNegativeDuration);
        switch (type.get()) {
            case MemoryPressure.TYPE:
                return memoryPressure(item, at, duration(item));
            case MemoryLimit.TYPE:
                return memoryLimit(item, at, duration(item));
            case NetworkDelay.TYPE:
                return networkDelay(item, at, duration(item));
            case Kill.TYPE:
                return kill(item, at);
            default:
                throw new IllegalStateException("no reader for fault type " + type.get());
        }
    }

    private Optional<Duration> duration(YamlObject item) {
        return item.required("duration", "how long the fault lasts before it is reverted, like 20s",
                FieldValues::positiveDuration);
    }

    private Optional<FaultSpec> memoryPressure(YamlObject item, Optional<Duration> at, Optional<Duration> duration) {
        Optional<ByteSize> size = item.required("size",
                "the memory to allocate and touch, a size like 40MiB below every variant's limit", ByteSize::parse);
        int steps = item.optional("steps", FieldValues::steps).orElse(1);
        if (at.isEmpty() || duration.isEmpty() || size.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MemoryPressure(at.get(), duration.get(), size.get(), steps));
    }

    private Optional<FaultSpec> memoryLimit(YamlObject item, Optional<Duration> at, Optional<Duration> duration) {
        Optional<ByteSize> limit = item.optional("limit", ByteSize::parseMemoryLimit);
        Optional<Double> fraction = item.optional("fraction", FieldValues::fraction);
        boolean hasLimit = item.get("limit").isPresent();
        boolean hasFraction = item.get("fraction").isPresent();
        if (hasLimit && hasFraction) {
            problems.add(item.path("fraction"), "cannot be given with limit; keep one: limit for a fixed size"
                    + " like 48MiB, or fraction for a share of each variant's limit like 0.5");
            return Optional.empty();
        }
        if (!hasLimit && !hasFraction) {
            problems.add(item.path("limit"), "is required: the lowered limit, a size like 48MiB; or give fraction"
                    + " instead, a share of each variant's limit like 0.5");
            return Optional.empty();
        }
        if (at.isEmpty() || duration.isEmpty() || (limit.isEmpty() && fraction.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new MemoryLimit(at.get(), duration.get(), limit,
                fraction.map(OptionalDouble::of).orElse(OptionalDouble.empty())));
    }

    private Optional<FaultSpec> networkDelay(YamlObject item, Optional<Duration> at, Optional<Duration> duration) {
        Optional<NetworkPath> path = item.required("path", "which calls to delay: client (the load generator's"
                + " calls to the target) or downstream (the target's calls to target.downstream)",
                FaultReader::networkPath);
        Optional<Duration> latency = item.required("latency", "the delay added to each call, like 200ms",
                FieldValues::nonNegativeDuration);
        Duration jitter = item.optional("jitter", FieldValues::nonNegativeDuration).orElse(Duration.ZERO);
        if (path.isPresent() && path.get() == NetworkPath.DOWNSTREAM && !downstreamDeclared) {
            problems.add(item.path("path"), "delays the target's calls to its downstream, but the target has none;"
                    + " declare target.downstream with the image it calls, or use path: client");
            return Optional.empty();
        }
        if (at.isEmpty() || duration.isEmpty() || path.isEmpty() || latency.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new NetworkDelay(at.get(), duration.get(), path.get(), latency.get(), jitter));
    }

    private Optional<FaultSpec> kill(YamlObject item, Optional<Duration> at) {
        boolean restart = item.bool("restart").orElse(false);
        return at.map(a -> new Kill(a, restart));
    }

    private static NetworkPath networkPath(String text) {
        return NetworkPath.byText(text).orElseThrow(() -> new IllegalArgumentException(
                "expected client or downstream, got \"" + text + "\""
                        + Suggestions.closest(text, PATHS).map(s -> "; did you mean \"" + s + "\"?").orElse("")));
    }

    private boolean isKnown(String type, YamlObject item) {
        if (FaultSpec.TYPES.contains(type)) {
            return true;
        }
        String known = "known types: " + known();
        problems.add(item.path("type"), "unknown fault type \"" + type + "\"; "
                + Suggestions.closest(type, FaultSpec.TYPES).map(s -> "did you mean \"" + s + "\"? " + known)
                .orElse(known));
        return false;
    }

    private void allowOnly(YamlObject item, String type) {
        List<String> fields = FIELDS.get(type);
        for (String field : item.fieldNames()) {
            if (fields.contains(field)) {
                continue;
            }
            if (type.equals(Kill.TYPE) && field.equals("duration")) {
                problems.add(item.path(field), "a kill happens at one instant and has no duration; remove it");
            } else {
                problems.add(item.path(field), "unknown field of a " + type + " fault; "
                        + Suggestions.didYouMean(field, fields, "its fields are " + String.join(", ", fields)));
            }
        }
    }

    private void reportMisspeltFields(YamlObject item) {
        for (String field : item.fieldNames()) {
            if (!ALL_FIELDS.contains(field)) {
                Suggestions.closest(field, ALL_FIELDS).ifPresent(
                        s -> problems.add(item.path(field), "unknown field; did you mean \"" + s + "\"?"));
            }
        }
    }

    private static String known() {
        return String.join(", ", FaultSpec.TYPES);
    }
}
