package dev.memchaos.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import dev.memchaos.simulations.LoadSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns a YAML document into a {@link Scenario}, collecting every problem before giving up. */
final class ScenarioReader {

    private static final List<String> TOP = List.of("name", "description", "target", "variants", "load", "thresholds",
            "faults", "hypothesis", RegressionReader.FIELD);
    private static final List<String> TARGET = List.of("image", "port", "memory", "healthPath", "metricsPath", "env",
            "downstream", TargetMetricsReader.FIELD);
    private static final List<String> VARIANT = List.of("name", "env", "memory");

    private final Problems problems;
    private final Path folder;
    private final Set<String> declaredVariants = new LinkedHashSet<>();
    private final List<Variant> readVariants = new ArrayList<>();
    private Optional<ByteSize> targetMemory = Optional.empty();
    private boolean downstreamDeclared;
    /** The variable the harness sets to the downstream's URL; empty without a downstream, or when it cannot be read. */
    private Optional<String> downstreamUrlEnv = Optional.empty();

    private ScenarioReader(Problems problems, Path folder) {
        this.problems = problems;
        this.folder = folder;
    }

    /** {@code folder}: where the files the scenario names ({@code bodyFile}, {@code feeder}) are read from. */
    static Scenario read(String text, String source, Path folder) throws ScenarioException {
        YamlDocument document = YamlDocument.parse(text, source);
        Problems problems = new Problems(document.lines());
        document.lines().repeated().forEach((path, line) ->
                problems.addAt(path, line, "is written more than once; keep one, as only the last one would count"));
        if (document.root().isMissingNode()) {
            problems.add(FieldPath.ROOT, "the file is empty; a scenario needs name, target, variants and load");
            problems.throwIfAny(source);
        }
        Optional<YamlObject> root = YamlObject.of(document.root(), FieldPath.ROOT, problems);
        if (root.isPresent() && !root.get().fieldNames().isEmpty()
                && root.get().fieldNames().stream().noneMatch(TOP::contains)) {
            // Some other file, like /etc/shadow: one sentence, rather than each of its lines echoed as a field.
            throw new ScenarioException(source, List.of(new Problem("", document.lines().lineOf(FieldPath.ROOT),
                    "is not a scenario: none of its fields is " + String.join(", ", TOP)
                            + "; give the path of a scenario .yaml file")));
        }
        Optional<Scenario> scenario = root.flatMap(r -> new ScenarioReader(problems, folder).scenario(r, text));
        problems.throwIfAny(source);
        return scenario.orElseThrow();
    }

    private Optional<Scenario> scenario(YamlObject root, String text) {
        root.allowOnly(TOP);
        Optional<String> name = root.required("name", "a lowercase name like parse-1200-keys", FieldValues::name);
        String description = root.optional("description", FieldValues::text).orElse("").strip();
        Optional<TargetSpec> target = root.requiredObject("target", "the service to start, with image and memory")
                .flatMap(this::target);
        Optional<List<Variant>> variants = variants(root);
        Optional<LoadSpec> load = root.requiredObject("load", "the simulation, rate and duration of the load")
                .flatMap(l -> LoadReader.read(l, folder, problems));
        List<String> declared = List.copyOf(declaredVariants);
        boolean hypothesisWritten = root.get("hypothesis").isPresent();
        Thresholds thresholds = ThresholdsReader.read(root, "thresholds", declared, problems,
                t -> hypothesisWritten ? Optional.empty() : withoutHypothesis(t));
        List<FaultReader.Placed> faults = FaultReader.read(root, downstreamDeclared, problems);
        FaultChecks.check(faults, load.map(LoadSpec::total), limits(), problems);
        Optional<Hypothesis> hypothesis = root.optionalObject("hypothesis")
                .flatMap(h -> HypothesisReader.read(h, declared, problems));
        Regression regression = RegressionReader.read(root, problems);
        if (problems.any()) {
            return Optional.empty();
        }
        return Optional.of(new Scenario(name.orElseThrow(), description, target.orElseThrow(), variants.orElseThrow(),
                load.orElseThrow(), thresholds, text, faults.stream().map(FaultReader.Placed::fault).toList(),
                hypothesis, regression));
    }

    /** A threshold on the steady state's outcome, in a scenario with no hypothesis to produce it. */
    private static Optional<String> withoutHypothesis(Threshold threshold) {
        List<Metric> named = ThresholdsReader.steadyStateMetrics(threshold);
        if (named.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("names " + named.stream().map(Metric::text).collect(Collectors.joining(" and "))
                + ", the outcome of the hypothesis, but this scenario has none, so it could never be measured; add a"
                + " hypothesis with checks like \"errors == 0\", or remove it");
    }

    private Optional<TargetSpec> target(YamlObject target) {
        target.allowOnly(TARGET);
        Optional<String> image = target.required("image", "the container image, like memchaos/mapsvc:local",
                FieldValues::image);
        int port = target.optional("port", FieldValues::port).orElse(TargetSpec.DEFAULT_PORT);
        Optional<ByteSize> memory = target.required("memory", "the hard memory limit, a size like 128MiB",
                ByteSize::parseMemoryLimit);
        String health = target.optional("healthPath", FieldValues::urlPath).orElse(TargetSpec.DEFAULT_HEALTH_PATH);
        String metrics = target.optional("metricsPath", FieldValues::urlPath).orElse(TargetSpec.DEFAULT_METRICS_PATH);
        targetMemory = memory;
        downstreamDeclared = target.get("downstream").isPresent();
        Optional<Downstream> downstream = target.optionalObject("downstream").flatMap(d -> DownstreamReader.read(d, problems));
        downstreamUrlEnv = downstreamDeclared
                ? Optional.of(downstream.map(Downstream::urlEnv).orElseGet(() -> DownstreamReader.urlEnvOf(target.get("downstream"))))
                : Optional.empty();
        Map<String, String> env = EnvironmentReader.read(target, problems);
        keepDownstreamUrlFree(target, env);
        TargetMetrics names = TargetMetricsReader.read(target);
        if (image.isEmpty() || memory.isEmpty() || (downstreamDeclared && downstream.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new TargetSpec(image.get(), port, memory.get(), health, metrics, env, downstream, names));
    }

    private void keepDownstreamUrlFree(YamlObject owner, Map<String, String> env) {
        downstreamUrlEnv.filter(env::containsKey).ifPresent(name -> problems.add(owner.path("env").child(name),
                "is set by the harness to the address of target.downstream; remove it, or have the harness set another"
                        + " variable with target.downstream.urlEnv"));
    }

    private Optional<List<Variant>> variants(YamlObject root) {
        List<JsonNode> items = root.list("variants").orElse(null);
        if (items == null) {
            if (root.get("variants").isEmpty()) {
                problems.add(root.path("variants"), "at least one variant is required");
            }
            return Optional.empty();
        }
        if (items.isEmpty()) {
            problems.add(root.path("variants"), "at least one variant is required");
            return Optional.empty();
        }
        List<Variant> variants = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            FieldPath at = root.path("variants").at(i);
            YamlObject.of(items.get(i), at, problems).flatMap(this::variant).ifPresent(variant -> {
                if (names.add(variant.name())) {
                    variants.add(variant);
                } else {
                    problems.add(at.child("name"), "variant \"" + variant.name()
                            + "\" is declared more than once; variant names must be unique");
                }
            });
        }
        return variants.size() == items.size() ? Optional.of(variants) : Optional.empty();
    }

    private Optional<Variant> variant(YamlObject variant) {
        variant.allowOnly(VARIANT);
        Optional<String> name = variant.required("name", "a lowercase name like sized", FieldValues::name);
        name.ifPresent(declaredVariants::add);
        Map<String, String> env = EnvironmentReader.read(variant, problems);
        keepDownstreamUrlFree(variant, env);
        Optional<ByteSize> memory = variant.optional("memory", ByteSize::parseMemoryLimit);
        if (variant.get("memory").isPresent() && memory.isEmpty()) {
            return Optional.empty();
        }
        Optional<Variant> read = name.map(n -> new Variant(n, env, memory));
        read.ifPresent(readVariants::add);
        return read;
    }

    /** The memory limit of every variant that could be read, for the faults to fit under. */
    private List<FaultChecks.Limit> limits() {
        List<FaultChecks.Limit> limits = new ArrayList<>();
        for (Variant variant : readVariants) {
            variant.memory().or(() -> targetMemory)
                    .ifPresent(limit -> limits.add(new FaultChecks.Limit(variant.name(), limit)));
        }
        return limits;
    }
}
