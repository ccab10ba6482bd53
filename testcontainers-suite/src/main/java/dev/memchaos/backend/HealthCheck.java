package dev.memchaos.backend;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Waits until a service answers its health path with 200, the way a readiness probe does. */
public final class HealthCheck {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private HealthCheck() {
    }

    /** Polls {@code endpoint + path} every 50 ms; returns how long it took, or throws once {@code timeout} has passed. */
    public static Duration await(URI endpoint, String path, Duration timeout, String what) {
        long start = System.nanoTime();
        HttpRequest health = HttpRequest.newBuilder(endpoint.resolve(path)).timeout(Duration.ofSeconds(1)).build();
        while (System.nanoTime() - start < timeout.toNanos()) {
            try {
                if (HTTP.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - start);
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException(what + " did not answer " + path + " within " + timeout.toSeconds() + "s");
    }
}
