package dev.memchaos.scenario;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How far one metric may get worse than in a baseline run before a comparison calls it a regression; "worse" is the
 * direction {@link Metric#better()} does not prefer.
 *
 * <ul>
 *   <li>{@link Form#RELATIVE}: {@code amount} is a share of the baseline value ({@code 0.25} for {@code 25%}). Against
 *   a baseline of zero it allows no worsening at all. Not for ratios and booleans.</li>
 *   <li>{@link Form#ABSOLUTE}: {@code amount} is in the metric's unit: milliseconds, bytes, a count, or for a ratio a
 *   number from 0 to 1 ({@code 0.005} is written {@code 0.5%}: half a percentage point). A boolean's only tolerance
 *   is absolute zero: any change for the worse regresses.</li>
 * </ul>
 * Metrics with no better direction ({@code requests}, {@code memory.limit}) cannot have a tolerance.
 */
public record Tolerance(Metric metric, Form form, double amount) {

    /** Whether the amount is a share of the baseline value or a quantity in the metric's unit. */
    public enum Form {
        RELATIVE, ABSOLUTE
    }

    private static final Pattern SIGNED = Pattern.compile("- *[0-9].*");

    public Tolerance {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(form, "form");
        refusal(metric).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        if (!Double.isFinite(amount) || amount < 0) {
            throw new IllegalArgumentException("a tolerance must be zero or more, got " + amount);
        }
        MetricKind kind = metric.kind();
        if (kind == MetricKind.BOOLEAN && (form != Form.ABSOLUTE || amount != 0)) {
            throw new IllegalArgumentException(booleanRule(metric));
        }
        if (kind == MetricKind.RATIO && (form != Form.ABSOLUTE || amount > 1)) {
            throw new IllegalArgumentException(metric.text() + " is " + kind.noun()
                    + "; its tolerance is absolute, from 0 to 1 (percentage points), got " + form + " " + amount);
        }
        if (form == Form.RELATIVE && metric.better() == Metric.Better.HIGHER && amount > 1) {
            throw new IllegalArgumentException(metric.text() + " cannot fall by more than 100%, got " + amount);
        }
    }

    /** A share of the baseline: {@code relative(p99, 25)} is {@code 25%}. */
    public static Tolerance relative(Metric metric, double percent) {
        return new Tolerance(metric, Form.RELATIVE, percent / 100);
    }

    /** An amount in the metric's unit: milliseconds, bytes, a count, a 0..1 ratio (0 for a boolean). */
    public static Tolerance absolute(Metric metric, double amount) {
        return new Tolerance(metric, Form.ABSOLUTE, amount);
    }

    /** Why this metric can take no tolerance at all, or empty when it can. */
    static Optional<String> refusal(Metric metric) {
        if (metric.better() != Metric.Better.NEITHER) {
            return Optional.empty();
        }
        return Optional.of(metric.text() + " (" + metric.description() + ") is neither better higher nor lower,"
                + " so it cannot regress; remove it");
    }

    /**
     * Reads a tolerance as written in a scenario's {@code regression} section; the message of the exception is a
     * sentence for the user. A percentage is relative to the baseline, except for ratios, where it is absolute
     * (percentage points); otherwise a value in the metric's unit; booleans take only {@code 0}. A leading {@code +}
     * is allowed, a minus sign is not.
     */
    public static Tolerance parse(Metric metric, String written) {
        refusal(metric).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        String text = written == null ? "" : written.strip();
        MetricKind kind = metric.kind();
        if (kind == MetricKind.BOOLEAN) {
            if (NumberText.parse(text).filter(n -> n.signum() == 0).isPresent()) {
                return absolute(metric, 0);
            }
            throw new IllegalArgumentException(booleanRule(metric) + "; got \"" + written + "\"");
        }
        if (SIGNED.matcher(text).matches()) {
            throw new IllegalArgumentException("cannot be negative: it is how far " + metric.text() + " may "
                    + worsens(metric) + " compared with the baseline, like " + examples(kind) + "; got \""
                    + written + "\"");
        }
        String unsigned = text.startsWith("+") ? text.substring(1).strip() : text;
        Optional<QuantityText> percent = QuantityText.of(unsigned).filter(q -> q.unit().equals(PercentText.UNIT));
        if (percent.isPresent()) {
            return fromPercent(metric, percent.get().number(), written);
        }
        return switch (kind) {
            case TIME_MS -> time(metric, unsigned, written);
            case BYTES -> size(metric, unsigned, written);
            case COUNT -> count(metric, unsigned, written);
            case RATIO -> ratio(metric, unsigned, written);
            case BOOLEAN -> throw new IllegalStateException("booleans are read above");
        };
    }

    private static Tolerance fromPercent(Metric metric, BigDecimal percent, String written) {
        double share = PercentText.share(percent).doubleValue();
        if (metric.kind() == MetricKind.RATIO) {
            if (share > 1) {
                throw new IllegalArgumentException(metric.text() + " is a ratio from 0 to 1, so it cannot move by more"
                        + " than 100 percentage points; got \"" + written + "\"");
            }
            return absolute(metric, share);
        }
        if (metric.better() == Metric.Better.HIGHER && share > 1) {
            throw new IllegalArgumentException(metric.text() + " cannot fall by more than 100% of the baseline;"
                    + " got \"" + written + "\"");
        }
        return new Tolerance(metric, Form.RELATIVE, share);
    }

    private static Tolerance time(Metric metric, String text, String written) {
        Optional<QuantityText> quantity = QuantityText.of(text);
        Optional<DurationUnit> unit = quantity.flatMap(q -> DurationUnit.of(q.unit()));
        if (unit.isPresent()) {
            return absolute(metric, DurationText.of(quantity.get().number(), unit.get(), text).toNanos() / 1e6);
        }
        throw expected(metric, written, NumberText.parse(text).isPresent() ? "; add a unit, like " + text + "ms"
                : NumberText.hintInQuantity(text));
    }

    private static Tolerance size(Metric metric, String text, String written) {
        Optional<QuantityText> quantity = QuantityText.of(text);
        Optional<ByteUnit> unit = quantity.flatMap(q -> ByteUnit.of(q.unit()));
        if (unit.isPresent()) {
            return absolute(metric, ByteSize.exactBytes(quantity.get().number(), unit.get(), text).doubleValue());
        }
        throw expected(metric, written, NumberText.parse(text).isPresent() ? "; add a unit, like " + text + "KiB"
                : NumberText.hintInQuantity(text));
    }

    private static Tolerance count(Metric metric, String text, String written) {
        Optional<BigDecimal> number = NumberText.parse(text);
        if (number.isPresent()) {
            return absolute(metric, number.get().doubleValue());
        }
        throw expected(metric, written, NumberText.hint(text));
    }

    private static Tolerance ratio(Metric metric, String text, String written) {
        Optional<BigDecimal> number = NumberText.parse(text);
        if (number.isEmpty()) {
            throw expected(metric, written, NumberText.hint(text));
        }
        double value = number.get().doubleValue();
        if (value > 1) {
            throw new IllegalArgumentException(metric.text() + " is a ratio from 0 to 1 and its tolerance is in"
                    + " percentage points: write " + text + "% or " + NumberText.exact(value / 100) + ", not " + text);
        }
        return absolute(metric, value);
    }

    private static IllegalArgumentException expected(Metric metric, String written, String hint) {
        String what = switch (metric.kind()) {
            case TIME_MS -> "a percentage like 25% or a time like 5ms";
            case BYTES -> "a percentage like 10% or a size like 1MiB";
            case COUNT -> "a percentage like 10% or a plain number like 5";
            case RATIO -> "percentage points like 0.5% or a number from 0 to 1 like 0.005";
            case BOOLEAN -> "0";
        };
        return new IllegalArgumentException("expected " + what + ", got \"" + written + "\"" + hint);
    }

    private static String examples(MetricKind kind) {
        return switch (kind) {
            case TIME_MS -> "25% or 5ms";
            case BYTES -> "10% or 1MiB";
            case COUNT -> "10% or 5";
            case RATIO -> "0.5%";
            case BOOLEAN -> "0";
        };
    }

    private static String booleanRule(Metric metric) {
        return metric.text() + " is true or false, so it takes no tolerance: write 0 to count any change for the worse"
                + " (" + metric.kind().format(better(metric)) + " in the baseline, "
                + metric.kind().format(worse(metric)) + " now) as a regression";
    }

    /** The value of a boolean metric that is worse (1 for oomKilled, 0 for steadyState.*). */
    static double worse(Metric metric) {
        return metric.better() == Metric.Better.HIGHER ? 0 : 1;
    }

    static double better(Metric metric) {
        return 1 - worse(metric);
    }

    /** "rise" or "fall": the way this metric moves when it gets worse. */
    static String worsens(Metric metric) {
        return metric.better() == Metric.Better.HIGHER ? "fall" : "rise";
    }

    /** The allowance alone, normalised: {@code 25%}, {@code 2ms}, {@code 1MiB}, {@code 5}, {@code 0.5 percentage points}. */
    public String allowance() {
        MetricKind kind = metric.kind();
        if (form == Form.RELATIVE) {
            return percent(amount) + "%";
        }
        return switch (kind) {
            case TIME_MS -> DurationText.format(Duration.ofNanos(Math.round(amount * 1e6)));
            case BYTES -> new ByteSize(Math.round(amount)).exact();
            case COUNT -> NumberText.exact(amount);
            case RATIO -> percent(amount) + (amount == 0.01 ? " percentage point" : " percentage points");
            case BOOLEAN -> "0";
        };
    }

    /** What the comparison requires, e.g. {@code p(99) may rise at most 25% over the baseline}. */
    public String describe() {
        if (metric.kind() == MetricKind.BOOLEAN) {
            return metric.text() + " may not turn " + metric.kind().format(worse(metric)) + " where the baseline was "
                    + metric.kind().format(better(metric));
        }
        boolean rise = metric.better() != Metric.Better.HIGHER;
        if (amount == 0) {
            return metric.text() + " may not " + (rise ? "rise above" : "fall below") + " the baseline";
        }
        return metric.text() + " may " + worsens(metric) + " at most " + allowance() + (rise ? " over" : " below")
                + " the baseline";
    }

    private static String percent(double share) {
        return BigDecimal.valueOf(share).movePointRight(2).stripTrailingZeros().toPlainString();
    }

    @Override
    public String toString() {
        return metric.text() + ": " + allowance();
    }
}
