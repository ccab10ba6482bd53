package dev.memchaos.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the Prometheus text exposition format (version 0.0.4): samples with labels,
 * comments skipped, optional timestamps ignored. Java has client libraries that write
 * this format but none that reads it, hence this small parser.
 */
public final class PrometheusText {

    private PrometheusText() {
    }

    public static List<Sample> parse(String text) {
        List<Sample> samples = new ArrayList<>();
        int lineNumber = 0;
        for (String line : text.split("\n")) {
            lineNumber++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            try {
                samples.add(parseLine(trimmed));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("metrics line " + lineNumber + " is not in the Prometheus text format: " + trimmed, e);
            }
        }
        return samples;
    }

    private static Sample parseLine(String line) {
        int brace = line.indexOf('{');
        int space = line.indexOf(' ');
        Map<String, String> labels = new LinkedHashMap<>();
        String name;
        String rest;
        if (brace >= 0 && (space < 0 || brace < space)) {
            name = line.substring(0, brace);
            int end = parseLabels(line, brace + 1, labels);
            rest = line.substring(end + 1).strip();
        } else {
            name = line.substring(0, space);
            rest = line.substring(space + 1).strip();
        }
        String value = rest.split("\\s+")[0];
        return new Sample(name, labels, parseValue(value));
    }

    /** Parses {@code a="x",b="y"} from {@code start}; returns the index of the closing brace. */
    private static int parseLabels(String line, int start, Map<String, String> labels) {
        int i = start;
        while (true) {
            while (line.charAt(i) == ' ' || line.charAt(i) == ',') {
                i++;
            }
            if (line.charAt(i) == '}') {
                return i;
            }
            int eq = line.indexOf('=', i);
            String key = line.substring(i, eq).strip();
            i = line.indexOf('"', eq) + 1;
            StringBuilder value = new StringBuilder();
            while (line.charAt(i) != '"') {
                char c = line.charAt(i);
                if (c == '\\') {
                    char next = line.charAt(++i);
                    value.append(next == 'n' ? '\n' : next);
                } else {
                    value.append(c);
                }
                i++;
            }
            labels.put(key, value.toString());
            i++;
        }
    }

    private static double parseValue(String value) {
        return switch (value) {
            case "+Inf", "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> Double.parseDouble(value);
        };
    }
}
