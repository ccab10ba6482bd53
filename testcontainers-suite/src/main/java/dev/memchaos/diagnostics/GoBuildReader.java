package dev.memchaos.diagnostics;

import dev.memchaos.metrics.MetricsScraper;
import dev.memchaos.metrics.PrometheusText;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Asks a target how it was built: one scrape of its metrics ({@code go_info},
 * {@code go_build_info}) and, where it serves it, {@code GET /debug/buildinfo} for the build
 * settings. Whatever cannot be read stays unknown; why is said in one line to {@code notes}
 * (a target that simply has no {@code /debug/buildinfo}, 404, is not worth a line).
 */
public final class GoBuildReader {

    public static final String BUILD_INFO_PATH = "/debug/buildinfo";

    private final MetricsScraper scraper = new MetricsScraper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final Consumer<String> notes;

    public GoBuildReader(Consumer<String> notes) {
        this.notes = Objects.requireNonNull(notes);
    }

    public GoBuild read(URI metricsUrl, URI targetEndpoint) {
        GoBuild build = GoBuild.UNKNOWN;
        try {
            build = GoBuild.fromMetrics(PrometheusText.parse(scraper.fetch(metricsUrl)));
        } catch (IOException | IllegalArgumentException e) {
            notes.accept("Go version and module unknown: could not read " + metricsUrl + " (" + e.getMessage() + ")");
        }
        return build.withSettings(settings(targetEndpoint.resolve(BUILD_INFO_PATH)));
    }

    private Map<String, String> settings(URI buildInfo) {
        HttpRequest request = HttpRequest.newBuilder(buildInfo).timeout(Duration.ofSeconds(5)).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404) {
                return Map.of();
            }
            if (response.statusCode() != 200) {
                notes.accept("build settings unknown: " + buildInfo + " answered " + response.statusCode());
                return Map.of();
            }
            return BuildInfoText.settings(response.body());
        } catch (IOException e) {
            notes.accept("build settings unknown: could not read " + buildInfo + " (" + e + ")");
            return Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        }
    }
}
