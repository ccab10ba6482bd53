package dev.memchaos.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "All Requests" row of the statistics table in Gatling's HTML report ({@code index.html}): requests, OK, KO,
 * the percentiles it shows and the maximum, all in ms. Gatling 3.15 writes these figures only into the page (its
 * former {@code js/stats.json} is gone), so this reads the page's table: column headers name each column
 * ({@code Total}, {@code OK}, {@code KO}, {@code 99th pct}, {@code Max}), the row's cells are matched to them by their
 * {@code col-N} class.
 */
final class GatlingReportStats {

    private static final Pattern HEADER = Pattern.compile("<th id=\"col-(\\d+)\"[^>]*>\\s*<span>(?:<abbr[^>]*>)?([^<]+)");
    private static final Pattern ROOT_ROW = Pattern.compile("<tr id=\"ROOT\"[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");
    private static final Pattern PERCENTILE = Pattern.compile("(\\d+(?:\\.\\d+)?)(?:st|nd|rd|th) pct");

    private GatlingReportStats() {
    }

    static Responses read(Path indexHtml) throws IOException {
        return parse(Files.readString(indexHtml, StandardCharsets.UTF_8), indexHtml.toString());
    }

    static Responses parse(String html, String source) throws IOException {
        Map<Integer, String> headers = new HashMap<>();
        Matcher header = HEADER.matcher(html);
        while (header.find()) {
            headers.put(Integer.parseInt(header.group(1)), header.group(2).strip());
        }
        Matcher row = ROOT_ROW.matcher(html);
        if (headers.isEmpty() || !row.find()) {
            throw new IOException(source + " has no statistics table with an \"All Requests\" row; is it a Gatling report?");
        }
        Map<String, String> cells = new HashMap<>();
        Matcher cell = CELL.matcher(row.group(1));
        while (cell.find()) {
            String name = headers.get(Integer.parseInt(cell.group(1)));
            if (name != null) {
                cells.put(name, cell.group(2).strip());
            }
        }
        for (String needed : List.of("OK", "KO")) {
            if (!cells.containsKey(needed)) {
                throw new IOException(source + ": the statistics table has no " + needed + " column");
            }
        }
        Map<Double, Double> percentiles = new HashMap<>();
        cells.forEach((name, value) -> {
            Matcher p = PERCENTILE.matcher(name);
            number(value).ifPresent(v -> {
                if (p.matches()) {
                    percentiles.put(Double.parseDouble(p.group(1)), v);
                }
            });
        });
        return new Responses((long) number(cells.get("OK")).orElse(0), (long) number(cells.get("KO")).orElse(0),
                new Latencies.Reported(percentiles, number(cells.getOrDefault("Max", "-"))), List.of());
    }

    /** A cell's number; Gatling writes "-" where there is none. */
    private static OptionalDouble number(String text) {
        try {
            return OptionalDouble.of(Double.parseDouble(text.replace(",", "")));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }
}
