package dev.memchaos.simulations;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the generic {@code http} workload sends: its requests and, optionally, a CSV feeder whose columns the requests
 * use as {@code #{column}}. It reaches {@link HttpSimulation} as a JSON file named in the system property
 * {@value #PROPERTY}, so the simulation also runs alone:
 *
 * <pre>{@code
 * {"requests": [{"name": "put-order", "method": "PUT", "path": "/orders/#{seq}",
 *                "headers": {"Content-Type": "application/json"}, "body": "{\"id\": #{seq}}",
 *                "bodyFile": null, "expect": [200, 202], "weight": 1}],
 *  "feeder": "users.csv"}
 * }</pre>
 *
 * A relative {@code bodyFile} or {@code feeder} is relative to the JSON file's folder.
 */
public record HttpLoad(List<HttpRequestSpec> requests, String feeder) {

    public static final String PROPERTY = "memchaos.http.load";
    /** The attribute every request can use, counting the requests of one run from 0. */
    public static final String SEQ = "seq";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public HttpLoad {
        if (requests == null || requests.isEmpty()) {
            throw new IllegalArgumentException("an http load needs at least one request");
        }
        requests = List.copyOf(requests);
    }

    public Optional<String> feederFile() {
        return Optional.ofNullable(feeder);
    }

    public void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        JSON.writeValue(file.toFile(), this);
    }

    public static HttpLoad read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), HttpLoad.class);
    }

    /** The same load with its files' paths resolved against {@code folder} (absolute ones are kept). */
    public HttpLoad resolvedAgainst(Path folder) {
        return new HttpLoad(requests.stream().map(r -> r.bodyFile() == null ? r : new HttpRequestSpec(r.name(), r.method(),
                        r.path(), r.headers(), r.body(), folder.resolve(r.bodyFile()).toString(), r.expect(), r.weight()))
                .toList(), feeder == null ? null : folder.resolve(feeder).toString());
    }

    /** From the file named in {@value #PROPERTY}, its paths resolved against its folder. */
    static HttpLoad fromSystemProperties() {
        String named = System.getProperty(PROPERTY);
        if (named == null || named.isBlank()) {
            throw new IllegalArgumentException("set -D" + PROPERTY + " to a JSON file of the requests to send (see HttpLoad)");
        }
        Path file = Path.of(named).toAbsolutePath();
        try {
            return read(file).resolvedAgainst(file.getParent());
        } catch (IOException e) {
            throw new IllegalArgumentException(PROPERTY + ": cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
