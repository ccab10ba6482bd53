package dev.memchaos.simulations;

import static io.gatling.javaapi.core.CoreDsl.ByteArrayBody;
import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitchOrElse;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Choice;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The generic {@code http} workload: per arrival (or per turn of a closed-model user) one of the {@link HttpLoad}'s
 * requests, picked by weight with Gatling's random switch, after the next line of the feeder (circular) when there is
 * one and with {@code #{seq}} set to a counter of this run's requests. Success: the request's expected statuses.
 * <p>Run alone: {@code -Dmemchaos.http.load=requests.json -Dmemchaos.baseUrl=... -Dmemchaos.rate=...}.
 */
public class HttpSimulation extends LoadSimulation {

    public static final Workload WORKLOAD = new Workload("http",
            "sends the scenario's own `requests` to any service, one per arrival picked by `weight`",
            List.of(), HttpSimulation.class);

    public HttpSimulation() {
        super("http", chain(HttpLoad.fromSystemProperties()));
    }

    static ChainBuilder chain(HttpLoad load) {
        AtomicLong seq = new AtomicLong();
        ChainBuilder numbered = exec(session -> session.set(HttpLoad.SEQ, seq.getAndIncrement()));
        ChainBuilder start = load.feederFile().map(file -> feed(listFeeder(CsvFeeder.records(Path.of(file))).circular()).exec(numbered)).orElse(numbered);
        return start.exec(pick(load.requests()));
    }

    /** One request by weight: the last one is the random switch's "or else", so the percentages never exceed 100. */
    private static ChainBuilder pick(List<HttpRequestSpec> requests) {
        if (requests.size() == 1) {
            return recorded(requests.get(0));
        }
        List<Double> percents = Weights.percents(requests.stream().map(HttpRequestSpec::weight).toList());
        List<Choice.WithWeight> choices = new ArrayList<>();
        for (int i = 0; i < requests.size() - 1; i++) {
            choices.add(percent(percents.get(i)).then(recorded(requests.get(i))));
        }
        return exec(randomSwitchOrElse().on(choices).orElse(recorded(requests.get(requests.size() - 1))));
    }

    private static ChainBuilder recorded(HttpRequestSpec spec) {
        HttpRequestActionBuilder request = http(spec.name()).httpRequest(spec.method(), spec.path()).headers(spec.headers());
        if (spec.body() != null) {
            request = request.body(StringBody(spec.body()));
        } else if (spec.bodyFile() != null) {
            request = request.body(ByteArrayBody(bytes(spec.bodyFile())));
        }
        return ResponseTimes.recorded(request, status().in(spec.successStatuses()));
    }

    /**
     * A body file, read once here: Gatling's own file lookup ({@code RawFileBody}) refuses any path under
     * {@code src/test/resources/}, which is where a team's scenario files live.
     */
    private static byte[] bytes(String file) {
        try {
            return Files.readAllBytes(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the body file " + file + ": " + e.getMessage(), e);
        }
    }
}
