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

/** vegeta (open model, or closed with a fixed number of workers), the witness: its JSON report read back. */
final class Vegeta {

    private final String binary;
    private final Path work;

    Vegeta(String binary, Path work) {
        this.binary = binary;
        this.work = work;
    }

    /** POSTs {@code body} to {@code url} at {@code rate} per second for {@code duration}. */
    ClientFigures post(URI url, Path body, int rate, Duration duration) throws IOException, InterruptedException {
        return attack("POST " + url, List.of("-rate=" + rate + "/s", "-body=" + body,
                "-header=Content-Type: application/json"), duration);
    }

    /** GETs {@code url} as fast as {@code workers} workers can, each waiting for its response: the closed model. */
    ClientFigures getFlatOut(URI url, int workers, Duration duration) throws IOException, InterruptedException {
        return attack("GET " + url, List.of("-rate=0", "-workers=" + workers, "-max-workers=" + workers), duration);
    }

    private ClientFigures attack(String target, List<String> options, Duration duration) throws IOException, InterruptedException {
        Path targets = Files.writeString(work.resolve("vegeta-targets.txt"), target + "\n");
        Path results = work.resolve("vegeta-results.bin");
        List<String> attack = new ArrayList<>(List.of(binary, "attack", "-targets=" + targets,
                "-duration=" + duration.toMillis() + "ms", "-output=" + results));
        attack.addAll(options);
        Processes.run(attack, work.resolve("vegeta-attack.log"));
        Path report = work.resolve("vegeta-report.json");
        Processes.run(List.of(binary, "report", "-type=json", "-output=" + report, results.toString()),
                work.resolve("vegeta-report.log"));
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        JsonNode latencies = json.get("latencies");
        long requests = json.get("requests").asLong();
        long ok = Math.round(json.get("success").asDouble() * requests);
        return new ClientFigures(latencies.get("50th").asDouble() / 1000, latencies.get("99th").asDouble() / 1000,
                requests, requests - ok, json.get("throughput").asDouble());
    }
}
