package dev.memchaos.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** What the fault tests ask of a target over HTTP: a status, and how long a warm request takes. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private Http() {
    }

    public static int status(URI uri) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Milliseconds of one request that must answer 200, after one request to warm the connection. */
    public static long millis(URI uri) throws Exception {
        status(uri);
        long start = System.nanoTime();
        assertThat(status(uri)).isEqualTo(200);
        return (System.nanoTime() - start) / 1_000_000;
    }
}
