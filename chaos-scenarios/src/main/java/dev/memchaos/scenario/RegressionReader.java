package dev.memchaos.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code regression}: a mapping of metric names to how far each may get worse than in a baseline run, like
 * {@code {p(99): 25%, gcPause.p99: 2ms}}. See {@link Tolerance#parse} for the values.
 */
final class RegressionReader {

    static final String FIELD = "regression";
    private static final String EXAMPLE = "{p(99): 25%, allocBytesPerRequest: 10%}";
    private static final Pattern PERCENTILE = Pattern.compile("p\\(\\s*(\\d+(?:\\.\\d+)?)\\s*\\)");
    private static final Pattern WITH_VARIANT = Pattern.compile("(p\\([^)]*\\)|[A-Za-z][\\w.]*)\\s*\\(\\s*([\\w-]*)\\s*\\)");

    private RegressionReader() {
    }

    /** The tolerances that read; an absent or empty section is {@link Regression#none()}. */
    static Regression read(YamlObject root, Problems problems) {
        Optional<JsonNode> written = root.get(FIELD);
        if (written.isEmpty()) {
            return Regression.none();
        }
        if (!written.get().isObject()) {
            problems.add(root.path(FIELD), "expected a mapping of metrics to tolerances like " + EXAMPLE + ", got "
                    + YamlObject.describe(written.get()));
            return Regression.none();
        }
        YamlObject section = YamlObject.of(written.get(), root.path(FIELD), problems).orElseThrow();
        List<Tolerance> tolerances = new ArrayList<>();
        Map<Metric, String> seen = new HashMap<>();
        for (String field : section.fieldNames()) {
            FieldPath at = section.path(field);
            Optional<Metric> metric = metric(field, at, problems);
            if (metric.isEmpty()) {
                continue;
            }
            Optional<String> refused = Tolerance.refusal(metric.get());
            if (refused.isPresent()) {
                problems.add(at, refused.get());
                continue;
            }
            String earlier = seen.putIfAbsent(metric.get(), field);
            if (earlier != null) {
                problems.add(at, "names " + metric.get().text() + " again (as " + earlier + " above);"
                        + " keep one tolerance per metric");
                continue;
            }
            Optional<JsonNode> value = section.get(field);
            if (value.isEmpty()) {
                problems.add(at, "has no tolerance; write how far " + metric.get().text() + " may "
                        + Tolerance.worsens(metric.get()) + " compared with the baseline, like "
                        + example(metric.get()));
                continue;
            }
            section.scalar(at, value.get(), text -> Tolerance.parse(metric.get(), text)).ifPresent(tolerances::add);
        }
        return new Regression(tolerances);
    }

    private static Optional<Metric> metric(String field, FieldPath at, Problems problems) {
        String name = field.strip();
        Optional<Metric> known = Metric.byText(name);
        if (known.isPresent()) {
            return known;
        }
        Matcher percentile = PERCENTILE.matcher(name);
        if (percentile.matches()) {
            Optional<Double> p = NumberText.parse(percentile.group(1)).map(BigDecimal::doubleValue);
            if (p.isPresent() && p.get() > 0 && p.get() <= 100) {
                return Optional.of(new Metric.Percentile(p.get()));
            }
            problems.add(at, "a percentile must be above 0 and at most 100, not " + percentile.group(1)
                    + NumberText.hint(percentile.group(1)));
            return Optional.empty();
        }
        Matcher withVariant = WITH_VARIANT.matcher(name);
        if (withVariant.matches() && (Metric.byText(withVariant.group(1)).isPresent()
                || PERCENTILE.matcher(withVariant.group(1)).matches())) {
            problems.add(at, "a tolerance applies to every variant; write " + withVariant.group(1)
                    + " without (" + withVariant.group(2) + ")");
            return Optional.empty();
        }
        List<String> names = Metric.catalog().stream().filter(m -> Tolerance.refusal(m).isEmpty())
                .map(Metric::text).toList();
        String hint = name.matches("p\\d+(\\.\\d+)?") ? "did you mean \"p(" + name.substring(1) + ")\"?"
                : Suggestions.didYouMean(name, names, "known metrics are p(N), " + String.join(", ",
                        names.stream().filter(n -> !n.startsWith("p(")).toList()));
        problems.add(at, "unknown metric \"" + name + "\"; " + hint);
        return Optional.empty();
    }

    private static String example(Metric metric) {
        return switch (metric.kind()) {
            case TIME_MS -> "25% or 5ms";
            case BYTES -> "10% or 1MiB";
            case COUNT -> "10% or 5";
            case RATIO -> "0.5% (percentage points)";
            case BOOLEAN -> "0 (any change for the worse regresses)";
        };
    }
}
