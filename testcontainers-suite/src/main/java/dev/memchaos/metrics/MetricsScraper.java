package dev.memchaos.metrics;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Scrapes a Prometheus endpoint over HTTP. */
public final class MetricsScraper {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    public GoRuntimeSnapshot scrapeGoRuntime(URI metricsUrl) throws IOException {
        return GoRuntimeSnapshot.from(PrometheusText.parse(fetch(metricsUrl)));
    }

    /** The snapshot, the heap in use read from the series {@code heapInUse} (the scenario's name for it). */
    public GoRuntimeSnapshot scrapeGoRuntime(URI metricsUrl, String heapInUse) throws IOException {
        return GoRuntimeSnapshot.from(PrometheusText.parse(fetch(metricsUrl)), heapInUse);
    }

    /**
     * Asks a Go service to collect garbage now, through the standard net/http/pprof
     * endpoint ({@code /debug/pprof/heap?gc=1} runs a GC before it answers). Returns
     * false where the service does not expose pprof.
     */
    public boolean forceGarbageCollection(URI serviceBase) {
        HttpRequest request = HttpRequest.newBuilder(serviceBase.resolve("/debug/pprof/heap?gc=1"))
                .timeout(Duration.ofSeconds(10)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public String fetch(URI metricsUrl) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(metricsUrl).timeout(Duration.ofSeconds(5)).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException(metricsUrl + " answered " + response.statusCode() + " instead of 200");
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while scraping " + metricsUrl, e);
        }
    }
}
