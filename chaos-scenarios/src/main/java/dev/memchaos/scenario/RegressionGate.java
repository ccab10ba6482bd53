package dev.memchaos.scenario;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Judges a run against a baseline run by a scenario's {@link Regression} tolerances: one {@link Check} per tolerance
 * and variant of the current run, with the sentence that explains it. Pure: it only reads the two measurements.
 *
 * <p>Which way is worse comes from {@link Metric#better()}: a metric that is better lower fails when it rises beyond
 * its tolerance, one that is better higher when it falls beyond it; moving the other way is an improvement and passes.
 * A relative tolerance against a baseline of zero allows no worsening. A boolean fails on any change for the worse.
 * A variant the baseline does not have, or a metric either run did not measure, is not compared: the check passes and
 * says why (thresholds, not this comparison, judge a missing measurement).
 */
public final class RegressionGate {

    /** Differences this small relative to the values compared are rounding, not change. */
    private static final double EPSILON = 1e-9;

    private RegressionGate() {
    }

    /**
     * @param baselineRunId the id of the baseline run as the archive names it (resolve {@code last-pass} first):
     *                      it is shown in every check's name and sentence
     */
    public static List<Check> compare(Regression regression, Measurements current, Measurements baseline,
                                      String baselineRunId) {
        Objects.requireNonNull(regression, "regression");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(baselineRunId, "baselineRunId");
        List<Check> checks = new ArrayList<>();
        for (Tolerance tolerance : regression.tolerances()) {
            if (current.variants().isEmpty()) {
                String metric = tolerance.metric().text();
                checks.add(new Check("regression " + metric + " vs " + baselineRunId, tolerance.describe(), "", false,
                        "no variant was measured in this run, so " + metric + " could not be compared with run "
                                + baselineRunId, List.of()));
                continue;
            }
            for (String variant : current.variants()) {
                checks.add(check(tolerance, variant, current, baseline, baselineRunId));
            }
        }
        return checks;
    }

    private static Check check(Tolerance tolerance, String variant, Measurements current, Measurements baseline,
                               String runId) {
        Metric metric = tolerance.metric();
        MetricKind kind = metric.kind();
        String name = "regression " + metric.text() + " [" + variant + "] vs " + runId;
        String subject = metric.text() + " of " + variant;
        OptionalDouble now = value(current, variant, metric);
        boolean inBaseline = baseline.variants().contains(variant);
        OptionalDouble then = inBaseline ? value(baseline, variant, metric) : OptionalDouble.empty();

        if (!inBaseline || then.isEmpty() || now.isEmpty()) {
            String before = !inBaseline ? "not in the baseline" : shown(kind, then);
            String why = subject + " was not compared: " + (!inBaseline
                    ? variant + " is a new variant, not in run " + runId
                    : then.isEmpty() && now.isEmpty() ? "neither this run nor run " + runId + " measured it"
                    : then.isEmpty() ? "run " + runId + " did not measure it"
                    : "this run did not measure it");
            return new Check(name, tolerance.describe(), before + " → " + shown(kind, now), true, why,
                    List.of(variant));
        }

        double b = then.getAsDouble();
        double c = now.getAsDouble();
        String from = kind.format(b) + " in run " + runId;
        if (kind == MetricKind.BOOLEAN) {
            return booleanCheck(tolerance, name, subject, from, b, c, runId, variant);
        }
        double sign = metric.better() == Metric.Better.HIGHER ? -1 : 1;
        double worsening = sign * (c - b);
        double allowed = tolerance.form() == Tolerance.Form.RELATIVE ? tolerance.amount() * Math.abs(b)
                : tolerance.amount();
        double noise = EPSILON * Math.max(Math.abs(b), Math.abs(c));
        String change = change(tolerance, b, c);
        String actual = kind.format(b) + " → " + kind.format(c) + " (" + change + ")";

        if (Math.abs(c - b) <= noise) {
            return new Check(name, tolerance.describe(), actual, true,
                    subject + " was " + kind.format(c) + ", as in run " + runId, List.of(variant));
        }
        String moved = (c > b ? "rose" : "fell") + " from " + from + " to " + kind.format(c) + " (" + change + ")";
        if (worsening < 0) {
            return new Check(name, tolerance.describe(), actual, true,
                    subject + " improved: it " + moved, List.of(variant));
        }
        boolean pass = worsening - allowed <= noise;
        String why;
        if (tolerance.form() == Tolerance.Form.RELATIVE && Math.abs(b) <= noise) {
            why = subject + " " + moved + ", and against a baseline of zero the " + tolerance.allowance()
                    + " tolerance allows no " + Tolerance.worsens(metric) + " at all";
        } else if (tolerance.amount() == 0) {
            why = subject + " " + moved + ", and no " + Tolerance.worsens(metric) + " is allowed";
        } else {
            why = subject + " " + moved + ", " + (pass ? "within " : "beyond ") + phrase(tolerance);
        }
        return new Check(name, tolerance.describe(), actual, pass, why, List.of(variant));
    }

    private static Check booleanCheck(Tolerance tolerance, String name, String subject, String from, double b,
                                      double c, String runId, String variant) {
        MetricKind kind = MetricKind.BOOLEAN;
        String actual = kind.format(b) + " → " + kind.format(c);
        boolean wasBetter = (b != 0) == (Tolerance.better(tolerance.metric()) != 0);
        boolean isBetter = (c != 0) == (Tolerance.better(tolerance.metric()) != 0);
        String why;
        boolean pass = true;
        if (wasBetter == isBetter) {
            why = subject + " was " + kind.format(c) + ", as in run " + runId;
        } else if (isBetter) {
            why = subject + " improved from " + from + " to " + kind.format(c);
        } else {
            pass = false;
            why = subject + " turned " + kind.format(c) + ", where it was " + kind.format(b) + " in run " + runId
                    + "; a true/false metric regresses on any change for the worse";
        }
        return new Check(name, tolerance.describe(), actual, pass, why, List.of(variant));
    }

    private static OptionalDouble value(Measurements measurements, String variant, Metric metric) {
        OptionalDouble raw = measurements.value(variant, metric);
        return raw == null || (raw.isPresent() && !Double.isFinite(raw.getAsDouble())) ? OptionalDouble.empty() : raw;
    }

    private static String shown(MetricKind kind, OptionalDouble value) {
        return value.isPresent() ? kind.format(value.getAsDouble()) : "not measured";
    }

    /** The change as the tolerance measures it: a percentage of the baseline, or a signed amount in the unit. */
    private static String change(Tolerance tolerance, double b, double c) {
        if (c == b) {
            return "no change";
        }
        if (tolerance.form() == Tolerance.Form.RELATIVE && b != 0) {
            return String.format(Locale.ROOT, "%+.1f%%", (c - b) / Math.abs(b) * 100);
        }
        double delta = c - b;
        String sign = delta > 0 ? "+" : "-";
        MetricKind kind = tolerance.metric().kind();
        if (kind == MetricKind.RATIO) {
            String points = BigDecimal.valueOf(Math.abs(delta) * 100).setScale(2, RoundingMode.HALF_UP)
                    .stripTrailingZeros().toPlainString();
            return sign + points + (points.equals("1") ? " percentage point" : " percentage points");
        }
        return sign + kind.format(Math.abs(delta));
    }

    private static String phrase(Tolerance tolerance) {
        return tolerance.metric().kind() == MetricKind.RATIO ? "the tolerance of " + tolerance.allowance()
                : "the " + tolerance.allowance() + " tolerance";
    }
}
