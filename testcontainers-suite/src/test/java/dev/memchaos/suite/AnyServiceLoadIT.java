package dev.memchaos.suite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memchaos.archive.ResultsFolder;
import dev.memchaos.archive.RunArchive;
import dev.memchaos.backend.Backend;
import dev.memchaos.journal.RunId;
import dev.memchaos.journal.Summary;
import dev.memchaos.run.BackendKind;
import dev.memchaos.run.Progress;
import dev.memchaos.run.RunOutcome;
import dev.memchaos.run.ScenarioRunner;
import dev.memchaos.scenario.Metric;
import dev.memchaos.scenario.Scenario;
import dev.memchaos.scenario.ScenarioLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Load that is not one of the reference workloads: the generic http one, and a user's own Gatling simulation. */
class AnyServiceLoadIT {

    private static final String TARGET = """
            target:
              image: memchaos/mapsvc:local
              memory: 128MiB
            variants:
              - name: only
            """;

    @TempDir
    Path folder;

    @Test
    void anHttpLoadSendsEveryRequestByWeightJudgedByItsExpectedStatusesWithItsFilesArchivedForAReplay() throws Exception {
        Files.createDirectories(folder.resolve("payloads"));
        Files.writeString(folder.resolve("payloads/object.json"), "{\"a\": 1, \"b\": \"two\", \"c\": true}");
        Files.writeString(folder.resolve("ops.csv"), "ops\n10\n20\n30\n");
        Path file = folder.resolve("http.yaml");
        Files.writeString(file, "name: http-any-service\n" + TARGET + """
                load:
                  simulation: http
                  requests:
                    - name: parse
                      method: POST
                      path: /parse
                      headers: {Content-Type: application/json}
                      bodyFile: payloads/object.json
                      weight: 2
                    - name: kv
                      method: POST
                      path: "/kv/ops?n=#{ops}&writes=50&keyspace=1000&seed=#{seq}"
                      expect: [200]
                    - name: health
                      path: /healthz
                      headers: {X-Request-Id: "#{randomUuid()}"}
                    - name: missing
                      path: /no-such-endpoint
                    - name: missing-expected
                      path: /no-such-endpoint
                      expect: [404]
                  feeder: ops.csv
                  rate: 40/s
                  rampUp: 1s
                  duration: 4s
                thresholds:
                  - "requests > 0"
                """);

        Run run = run(ScenarioLoader.load(file));

        Summary.VariantSummary only = run.summary.variants().get(0);
        assertThat(only.value(Metric.Named.REQUESTS).orElse(0)).as("requests").isPositive();
        Map<String, Long> sent = requestsByName(run.archive.dir().resolve(only.gatlingReport()));
        assertThat(sent).as("every request was sent, as Gatling's report counts them")
                .containsOnlyKeys("parse", "kv", "health", "missing", "missing-expected")
                .allSatisfy((name, count) -> assertThat(count).isPositive());
        assertThat(only.value(Metric.Named.ERRORS).orElse(-1))
                .as("errors: every 404 where the default (2xx) is expected, none where 404 is expected")
                .isEqualTo(sent.get("missing").doubleValue());
        assertThat(sent.get("parse")).as("parse has twice the weight of each other request")
                .isGreaterThan(Math.min(sent.get("kv"), sent.get("health")));
        assertThat(run.archive.dir().resolve("payloads/object.json")).hasSameTextualContentAs(folder.resolve("payloads/object.json"));
        assertThat(run.archive.dir().resolve("ops.csv")).hasSameTextualContentAs(folder.resolve("ops.csv"));
        assertThat(ScenarioLoader.load(run.archive.dir().resolve(RunArchive.SCENARIO)).load().files())
                .as("the archived scenario loads with its archived files, as a replay does")
                .containsExactly(Map.entry("payloads/object.json", run.archive.dir().resolve("payloads/object.json")),
                        Map.entry("ops.csv", run.archive.dir().resolve("ops.csv")));
        assertThat(run.outcome.verdict().pass()).as(run.outcome.verdict().explainFailures()).isTrue();
    }

    @Test
    void aUsersOwnSimulationIsPacedByTheScenarioAndReadFromGatlingsReport() throws Exception {
        Path file = folder.resolve("user.yaml");
        Files.writeString(file, "name: user-simulation\n" + TARGET + """
                load:
                  simulation: dev.memchaos.suite.HealthzUserSimulation
                  path: /healthz
                  concurrency: 4
                  duration: 3s
                thresholds:
                  - "errors == 0"
                  - "p(99) < 1s"
                """);

        Run run = run(ScenarioLoader.load(file));

        Summary.VariantSummary only = run.summary.variants().get(0);
        double requests = only.value(Metric.Named.REQUESTS).orElse(0);
        assertThat(requests).as("requests, from Gatling's report").isPositive();
        assertThat(requestsByName(run.archive.dir().resolve(only.gatlingReport())))
                .containsExactly(Map.entry("user-healthz", (long) requests));
        assertThat(only.value(Metric.Named.ERRORS).orElse(-1)).as("errors").isZero();
        assertThat(run.outcome.verdict().pass()).as(run.outcome.verdict().explainFailures()).isTrue();
    }

    private record Run(RunArchive archive, RunOutcome outcome, Summary summary) {
    }

    private Run run(Scenario scenario) throws Exception {
        RunId runId = RunId.next(scenario.name());
        ResultsFolder results = new ResultsFolder(folder.resolve("results"));
        RunArchive archive = results.create(runId);
        RunOutcome outcome;
        try (Backend<?> backend = BackendKind.DOCKER.open(runId, Progress.toStderr())) {
            outcome = new ScenarioRunner(backend, archive, Progress.toStderr()).run(scenario, runId);
        }
        Summary summary = RunArchive.readSummary(archive.dir().resolve(RunArchive.SUMMARY));
        assertThat(summary.status()).isEqualTo(Summary.COMPLETED);
        return new Run(archive, outcome, summary);
    }

    /** Requests sent per request name, from the statistics table of Gatling's report. */
    private static Map<String, Long> requestsByName(Path indexHtml) throws Exception {
        String html = Files.readString(indexHtml, StandardCharsets.UTF_8);
        Matcher row = Pattern.compile("<tr id=\"req_[^\"]*\"[^>]*>.*?class=\"ellipsed-name\">([^<]+)</span>.*?"
                + "<td class=\"value total col-2\">(\\d+)</td>", Pattern.DOTALL).matcher(html);
        Map<String, Long> sent = new HashMap<>();
        while (row.find()) {
            sent.put(row.group(1), Long.parseLong(row.group(2)));
        }
        return sent;
    }
}
