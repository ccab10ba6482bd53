package dev.memchaos.simulations;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One request of the generic {@code http} workload. {@code path}, header values and {@code body} go through Gatling's
 * expression language ({@code #{seq}}, a feeder's columns, {@code #{randomInt(1,1000)}}); {@code bodyFile} is sent as
 * it is. {@code expect}: the statuses that count as success (empty: any 2xx). {@code weight}: how often it is picked,
 * relative to the other requests.
 */
public record HttpRequestSpec(String name, String method, String path, Map<String, String> headers, String body,
                              String bodyFile, List<Integer> expect, double weight) {

    public static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

    public HttpRequestSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        expect = expect == null ? List.of() : List.copyOf(expect);
        if (!METHODS.contains(method)) {
            throw new IllegalArgumentException("request " + name + ": unknown method " + method + "; expected one of " + METHODS);
        }
        if (body != null && bodyFile != null) {
            throw new IllegalArgumentException("request " + name + ": give body or bodyFile, not both");
        }
        if (!(weight > 0)) {
            throw new IllegalArgumentException("request " + name + ": the weight must be above 0, got " + weight);
        }
        for (int status : expect) {
            if (status < 100 || status > 599) {
                throw new IllegalArgumentException("request " + name + ": " + status + " is not an HTTP status (100-599)");
            }
        }
    }

    /** The statuses that count as success: {@code expect}, or every 2xx when it is empty. */
    public List<Integer> successStatuses() {
        if (!expect.isEmpty()) {
            return expect;
        }
        return java.util.stream.IntStream.rangeClosed(200, 299).boxed().toList();
    }
}
