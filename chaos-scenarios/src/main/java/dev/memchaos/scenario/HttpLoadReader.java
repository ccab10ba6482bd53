package dev.memchaos.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import dev.memchaos.simulations.GatlingEl;
import dev.memchaos.simulations.HttpLoad;
import dev.memchaos.simulations.HttpRequestSpec;
import dev.memchaos.simulations.LoadSpec;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code load} for the generic {@code http} workload: its {@code requests} (method, path, headers, body or
 * bodyFile, expected statuses, weight) and an optional CSV {@code feeder}; every {@code #{name}} in a path, header
 * value or body must be {@code seq}, a column of the feeder or a Gatling built-in.
 */
final class HttpLoadReader {

    private static final List<String> FIELDS;
    private static final List<String> REQUEST = List.of("name", "method", "path", "headers", "body", "bodyFile",
            "expect", "weight");

    static {
        List<String> fields = new ArrayList<>(LoadReader.FIELDS);
        fields.addAll(List.of("requests", "feeder"));
        FIELDS = List.copyOf(fields);
    }

    private final YamlObject load;
    private final Path folder;
    private final Problems problems;
    private List<String> columns = List.of();
    private String feeder;

    private HttpLoadReader(YamlObject load, Path folder, Problems problems) {
        this.load = load;
        this.folder = folder;
        this.problems = problems;
    }

    static Optional<LoadSpec.Source> read(YamlObject load, Path folder, Problems problems) {
        return new HttpLoadReader(load, folder, problems).read();
    }

    private Optional<LoadSpec.Source> read() {
        load.allowOnly(FIELDS);
        boolean feederRead = readFeeder();
        Optional<List<JsonNode>> items = load.list("requests");
        if (items.isEmpty()) {
            if (load.get("requests").isEmpty()) {
                problems.add(load.path("requests"), "is required: the requests to send, each with a method and a path"
                        + " like {method: GET, path: /healthz}");
            }
            return Optional.empty();
        }
        if (items.get().isEmpty()) {
            problems.add(load.path("requests"), "at least one request is required, like {method: GET, path: /healthz}");
            return Optional.empty();
        }
        List<HttpRequestSpec> requests = new ArrayList<>();
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < items.get().size(); i++) {
            FieldPath at = load.path("requests").at(i);
            int index = i;
            YamlObject.of(items.get().get(i), at, problems).flatMap(this::request).ifPresent(request -> {
                Integer first = names.putIfAbsent(request.name(), index);
                if (first != null) {
                    problems.add(at.child("name"), "\"" + request.name() + "\" is also the name of requests[" + first
                            + "]; give each request its own name, as Gatling's report counts them by name");
                }
                requests.add(request);
            });
        }
        if (!feederRead || requests.size() != items.get().size()) {
            return Optional.empty();
        }
        return Optional.of(new LoadSpec.Http(new HttpLoad(requests, feeder), folder));
    }

    private boolean readFeeder() {
        if (load.get("feeder").isEmpty()) {
            return true;
        }
        Optional<String> file = load.optional("feeder", text -> ScenarioFiles.check(text, folder));
        file.ifPresent(f -> {
            try {
                columns = columns(folder.resolve(f));
                feeder = f;
            } catch (IllegalArgumentException e) {
                problems.add(load.path("feeder"), e.getMessage());
            }
        });
        return feeder != null;
    }

    /** The feeder's columns: the names on the first line of the CSV file. */
    private static List<String> columns(Path csv) {
        String header;
        try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            header = reader.readLine();
        } catch (IOException e) {
            throw new IllegalArgumentException("the feeder " + csv + " cannot be read as UTF-8 text: " + e.getMessage());
        }
        if (header == null || header.isBlank()) {
            throw new IllegalArgumentException("the feeder " + csv + " is empty; its first line names the columns,"
                    + " like id,user");
        }
        List<String> names = Arrays.stream(header.replace("\uFEFF", "").split(",", -1))
                .map(c -> c.strip().replaceAll("^\"|\"$", "")).toList();
        if (names.contains(HttpLoad.SEQ)) {
            throw new IllegalArgumentException("the feeder's column \"" + HttpLoad.SEQ + "\" clashes with #{"
                    + HttpLoad.SEQ + "}, the request counter; rename the column");
        }
        return names;
    }

    private Optional<HttpRequestSpec> request(YamlObject request) {
        request.allowOnly(REQUEST);
        Optional<String> method = request.optional("method", HttpLoadReader::method);
        boolean methodOk = request.get("method").isEmpty() || method.isPresent();
        Optional<String> path = request.required("path", "the path to request, like /orders/#{seq}",
                this::path).flatMap(p -> checked(request.path("path"), p));
        Map<String, String> headers = request.textMap("headers");
        boolean headersOk = headers.entrySet().stream()
                .allMatch(h -> header(request, h.getKey(), h.getValue()));
        Optional<String> body = request.optional("body", FieldValues::text)
                .flatMap(b -> checked(request.path("body"), b));
        Optional<String> bodyFile = request.optional("bodyFile", text -> ScenarioFiles.check(text, folder));
        boolean bodyOk = (request.get("body").isEmpty() || body.isPresent())
                && (request.get("bodyFile").isEmpty() || bodyFile.isPresent());
        if (request.get("body").isPresent() && request.get("bodyFile").isPresent()) {
            problems.add(request.path("bodyFile"), "give body or bodyFile, not both");
            bodyOk = false;
        }
        Optional<List<Integer>> expect = expect(request);
        Optional<Double> weight = request.get("weight").isEmpty() ? Optional.of(1.0)
                : request.optional("weight", HttpLoadReader::weight);
        String verb = method.orElse("GET");
        String name = request.optional("name", FieldValues::text).map(String::strip).filter(n -> !n.isEmpty())
                .orElse(verb + " " + path.orElse(""));
        if (!methodOk || path.isEmpty() || !headersOk || !bodyOk || expect.isEmpty() || weight.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new HttpRequestSpec(name, verb, path.get(), headers, body.orElse(null),
                bodyFile.orElse(null), expect.get(), weight.get()));
    }

    private static String method(String text) {
        String method = text.strip().toUpperCase(Locale.ROOT);
        if (!HttpRequestSpec.METHODS.contains(method)) {
            throw new IllegalArgumentException("unknown method \"" + text + "\"; " + Suggestions.didYouMean(method,
                    HttpRequestSpec.METHODS, "expected one of " + String.join(", ", HttpRequestSpec.METHODS)));
        }
        return method;
    }

    private String path(String text) {
        if (!text.startsWith("/")) {
            throw new IllegalArgumentException("expected a path starting with / like /orders/#{seq}, got \"" + text
                    + "\"; the host is the target's");
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("contains a control character, which no URL can hold; write it"
                    + " percent-encoded, like %0A for a newline");
        }
        return text;
    }

    /**
     * A header the HTTP client can send: its name a token (letters, digits and {@code !#$%&'*+-.^_`|~}), its value
     * without control characters but tab (a newline in a value would start another header). Each problem is reported.
     */
    private boolean header(YamlObject request, String name, String value) {
        FieldPath at = request.path("headers").child(name);
        if (name.isEmpty() || !name.chars().allMatch(HttpLoadReader::isTokenChar)) {
            problems.add(request.path("headers"), "\"" + name + "\" is not a header name: use letters, digits and"
                    + " !#$%&'*+-.^_`|~, like Content-Type");
            return false;
        }
        if (value.chars().anyMatch(c -> c != '\t' && Character.isISOControl(c))) {
            problems.add(at, "contains a control character, which no header value can hold; remove it");
            return false;
        }
        return checked(at, value).isPresent();
    }

    private static boolean isTokenChar(int c) {
        return c < 128 && (Character.isLetterOrDigit(c) || "!#$%&'*+-.^_`|~".indexOf(c) >= 0);
    }

    private static double weight(String text) {
        Optional<BigDecimal> weight = NumberText.parse(text.strip());
        if (weight.isPresent() && weight.get().signum() > 0) {
            return weight.get().doubleValue();
        }
        throw new IllegalArgumentException("expected a weight above 0 like 1 or 2.5 (how often this request is picked,"
                + " relative to the others), got " + text + NumberText.hint(text));
    }

    /** {@code expect}: one status or a list of them; absent: any 2xx (an empty list). */
    private Optional<List<Integer>> expect(YamlObject request) {
        Optional<JsonNode> written = request.get("expect");
        if (written.isEmpty()) {
            return Optional.of(List.of());
        }
        FieldPath at = request.path("expect");
        if (!written.get().isArray()) {
            return request.scalar(at, written.get(), HttpLoadReader::status).map(List::of);
        }
        if (written.get().isEmpty()) {
            problems.add(at, "at least one status is required, like [200, 202]; leave expect out to accept any 2xx");
            return Optional.empty();
        }
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < written.get().size(); i++) {
            request.scalar(at.at(i), written.get().get(i), HttpLoadReader::status).ifPresent(statuses::add);
        }
        return statuses.size() == written.get().size() ? Optional.of(statuses) : Optional.empty();
    }

    private static int status(String text) {
        return FieldValues.wholeNumber(text, 100, 599, "expected an HTTP status from 100 to 599 like 200");
    }

    /** The text, when each of its {@code #{...}} names something that will be there when the request is sent. */
    private Optional<String> checked(FieldPath at, String text) {
        List<GatlingEl.Reference> references;
        try {
            references = GatlingEl.references(text);
        } catch (IllegalArgumentException e) {
            problems.add(at, e.getMessage());
            return Optional.empty();
        }
        boolean ok = true;
        for (GatlingEl.Reference reference : references) {
            Optional<String> problem = problemWith(reference);
            problem.ifPresent(p -> problems.add(at, p));
            ok &= problem.isEmpty();
        }
        return ok ? Optional.of(text) : Optional.empty();
    }

    private Optional<String> problemWith(GatlingEl.Reference reference) {
        String name = reference.name();
        if (reference.builtIn() || name.equals(HttpLoad.SEQ) || columns.contains(name)) {
            return Optional.empty();
        }
        if (GatlingEl.BUILT_INS.contains(name)) {
            return Optional.of(reference.text() + " reads an attribute; write #{" + name + "()} to call Gatling's built-in");
        }
        List<String> known = new ArrayList<>();
        known.add(HttpLoad.SEQ);
        known.addAll(columns);
        known.addAll(GatlingEl.BUILT_INS);
        String what = feeder == null ? "the request counter seq (there is no feeder)"
                : "seq, a column of the feeder " + feeder + " (" + String.join(", ", columns) + ")";
        return Optional.of(reference.text() + " names \"" + name + "\", which is neither " + what
                + " nor a Gatling built-in; " + Suggestions.didYouMean(name, known,
                "the built-ins are " + String.join(", ", GatlingEl.BUILT_INS)));
    }
}
