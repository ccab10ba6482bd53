package dev.memchaos.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;

/** vegeta (open model, or closed with a fixed number of workers), the witness: its JSON report read back. */
final class Vegeta {

    private final String binary;
    private final Path work;
    private List<Path> lastResults = List.of();

    Vegeta(String binary, Path work) {
        this.binary = binary;
        this.work = work;
    }

    /** POSTs {@code body} to {@code url} at {@code rate} per second for {@code duration}. */
    ClientFigures post(URI url, Path body, int rate, Duration duration) throws IOException, InterruptedException {
        return attack("POST " + url, List.of("-rate=" + rate + "/s", "-body=" + body,
                "-header=Content-Type: application/json"), duration);
    }

    /**
     * As {@link #post}, after the ramp memchaos's load makes (Gatling's {@code rampUsersPerSec(1).to(rate)}), so that
     * both clients measure the same arrivals: one step a second, each at the ramp's average rate over that second.
     */
    ClientFigures postRamped(URI url, Path body, int rate, Duration ramp, Duration duration)
            throws IOException, InterruptedException {
        List<String> request = List.of("-body=" + body, "-header=Content-Type: application/json");
        List<Path> results = new ArrayList<>();
        long steps = ramp.toSeconds();
        for (long i = 0; i < steps; i++) {
            double perSecond = 1 + (rate - 1) * (i + 0.5) / steps;
            List<String> options = new ArrayList<>(request);
            options.add("-rate=" + Math.round(perSecond * 10) + "/10s");
            results.add(attackInto("POST " + url, options, Duration.ofSeconds(1), "ramp-" + i));
        }
        List<String> hold = new ArrayList<>(request);
        hold.add("-rate=" + rate + "/s");
        results.add(attackInto("POST " + url, hold, duration, "hold"));
        return report(results);
    }

    /** GETs {@code url} as fast as {@code workers} workers can, each waiting for its response: the closed model. */
    ClientFigures getFlatOut(URI url, int workers, Duration duration) throws IOException, InterruptedException {
        return attack("GET " + url, List.of("-rate=0", "-workers=" + workers, "-max-workers=" + workers), duration);
    }

    private ClientFigures attack(String target, List<String> options, Duration duration) throws IOException, InterruptedException {
        return report(List.of(attackInto(target, options, duration, "all")));
    }

    private Path attackInto(String target, List<String> options, Duration duration, String part)
            throws IOException, InterruptedException {
        Path targets = Files.writeString(work.resolve("vegeta-targets.txt"), target + "\n");
        Path results = work.resolve("vegeta-results-" + part + ".bin");
        List<String> attack = new ArrayList<>(List.of(binary, "attack", "-targets=" + targets,
                "-duration=" + duration.toMillis() + "ms", "-output=" + results));
        attack.addAll(options);
        Processes.run(attack, work.resolve("vegeta-attack.log"));
        return results;
    }

    /** Every latency of the last attack reported (its ramp included), in microseconds, from vegeta's own CSV. */
    Histogram lastLatencies() throws IOException, InterruptedException {
        Path csv = work.resolve("vegeta-results.csv");
        List<String> command = new ArrayList<>(List.of(binary, "encode", "-to=csv", "-output=" + csv));
        lastResults.forEach(r -> command.add(r.toString()));
        Processes.run(command, work.resolve("vegeta-encode.log"));
        Histogram micros = new Histogram(3_600_000_000L, 3);
        try (Stream<String> lines = Files.lines(csv)) {
            // timestamp,code,latency (ns),bytes out,bytes in,error,...
            lines.filter(line -> !line.isBlank())
                    .forEach(line -> micros.recordValue(Math.min(3_600_000_000L, Long.parseLong(line.split(",", 4)[2]) / 1000)));
        }
        return micros;
    }

    /** vegeta's report over every result file, as one set of requests. */
    private ClientFigures report(List<Path> results) throws IOException, InterruptedException {
        lastResults = List.copyOf(results);
        Path report = work.resolve("vegeta-report.json");
        List<String> command = new ArrayList<>(List.of(binary, "report", "-type=json", "-output=" + report));
        results.forEach(r -> command.add(r.toString()));
        Processes.run(command, work.resolve("vegeta-report.log"));
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        JsonNode latencies = json.get("latencies");
        long requests = json.get("requests").asLong();
        long ok = Math.round(json.get("success").asDouble() * requests);
        return new ClientFigures(latencies.get("50th").asDouble() / 1000, latencies.get("99th").asDouble() / 1000,
                requests, requests - ok, json.get("throughput").asDouble());
    }
}
