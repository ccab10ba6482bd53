package dev.memchaos.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.memchaos.simulations.HttpLoad;
import dev.memchaos.simulations.HttpRequestSpec;
import dev.memchaos.simulations.LoadSpec;
import dev.memchaos.simulations.Pacing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code load}: pacing for every workload, the generic http load, and a user's simulation class. */
class LoadReaderTest {

    private static final String HEAD = """
            name: s
            target: {image: img, memory: 64MiB}
            variants: [{name: a}]
            """;

    @TempDir
    Path folder;

    @BeforeEach
    void files() throws Exception {
        Files.createDirectories(folder.resolve("payloads"));
        Files.writeString(folder.resolve("payloads/big.json"), "{\"big\": true}");
        Files.writeString(folder.resolve("users.csv"), "id,user\n1,ann\n");
        Files.writeString(folder.getParent().resolve("outside.csv"), "id\n1\n");
    }

    private Scenario load(String loadBlock) throws ScenarioException {
        return ScenarioLoader.parse(HEAD + loadBlock, "s.yaml", folder);
    }

    private List<String> problems(String loadBlock) {
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> load(loadBlock));
        assertThat(e).as("expected the scenario to be rejected").isNotNull();
        return e.getMessage().lines().toList();
    }

    @Test
    void concurrencyIsAClosedModelForEveryWorkloadAndExactlyOneOfRateAndConcurrencyIsGiven() throws Exception {
        assertThat(load("load: {simulation: kv, concurrency: 16, duration: 5s}\n").load().pacing())
                .isEqualTo(new Pacing.Closed(16));
        assertThat(load("load: {simulation: kv, rate: 20/s, duration: 5s}\n").load().pacing()).isEqualTo(new Pacing.Open(20));
        assertThat(problems("""
                load:
                  simulation: kv
                  rate: 5/s
                  concurrency: 4
                  duration: 5s
                """)).containsExactly("s.yaml:7: load.concurrency: give rate (arrivals per second, open model) or"
                + " concurrency (users at once, closed model), not both");
        assertThat(problems("""
                load:
                  simulation: kv
                  concurrency: 0
                  duration: 5s
                """)).containsExactly("s.yaml:6: load.concurrency: expected a whole number of users from 1 to 100000"
                + " like 16, got \"0\"");
        assertThat(problems("load: {simulation: kv, duration: 5s}\n")).containsExactly("s.yaml:4: load.rate: is required:"
                + " the arrival rate, like 100/s (or instead concurrency: 16, a number of users sending one request after"
                + " the other)");
    }

    @Test
    void readsAnHttpLoad() throws Exception {
        LoadSpec load = load("""
                load:
                  simulation: http
                  requests:
                    - name: put-order
                      method: put
                      path: "/orders/#{seq}?u=#{user}"
                      headers: {Content-Type: application/json, X-Id: "#{randomUuid()}"}
                      body: '{"id": #{seq}}'
                      expect: [200, 202]
                      weight: 3
                    - path: /healthz
                    - method: POST
                      path: /big
                      bodyFile: payloads/big.json
                      expect: 201
                  feeder: users.csv
                  concurrency: 4
                  duration: 10s
                """).load();

        assertThat(load.source()).isEqualTo(new LoadSpec.Http(new HttpLoad(List.of(
                new HttpRequestSpec("put-order", "PUT", "/orders/#{seq}?u=#{user}",
                        Map.of("Content-Type", "application/json", "X-Id", "#{randomUuid()}"), "{\"id\": #{seq}}", null,
                        List.of(200, 202), 3),
                new HttpRequestSpec("GET /healthz", "GET", "/healthz", Map.of(), null, null, List.of(), 1),
                new HttpRequestSpec("POST /big", "POST", "/big", Map.of(), null, "payloads/big.json", List.of(201), 1)),
                "users.csv"), folder));
        assertThat(load.files()).containsExactly(Map.entry("payloads/big.json", folder.resolve("payloads/big.json")),
                Map.entry("users.csv", folder.resolve("users.csv")));
    }

    @Test
    void reportsEveryProblemOfAnHttpLoadOnItsLineAndPath() {
        assertThat(problems("""
                load:
                  simulation: http
                  requests:
                    - method: PTU
                      path: "/orders/#{sqe}"
                      weight: 0
                    - path: /a
                      body: x
                      bodyFile: payloads/big.json
                      expect: [200, 99, 600]
                    - path: "/b/#{seq"
                      headers: {X-Id: "#{randomUuid}"}
                      bodyFile: missing.json
                    - path: no-slash
                      bodyFile: /etc/passwd
                    - path: /c
                      bodyFile: ../outside.csv
                      body: "#{usr}"
                  feeder: users.csv
                  rate: 5/s
                  duration: 5s
                """)).containsExactly(
                "s.yaml:7: load.requests[0].method: unknown method \"PTU\"; did you mean \"PUT\"?",
                "s.yaml:8: load.requests[0].path: #{sqe} names \"sqe\", which is neither seq, a column of the feeder"
                        + " users.csv (id, user) nor a Gatling built-in; did you mean \"seq\"?",
                "s.yaml:9: load.requests[0].weight: expected a weight above 0 like 1 or 2.5 (how often this request is"
                        + " picked, relative to the others), got 0",
                "s.yaml:12: load.requests[1].bodyFile: give body or bodyFile, not both",
                "s.yaml:13: load.requests[1].expect[1]: expected an HTTP status from 100 to 599 like 200, got 99",
                "s.yaml:13: load.requests[1].expect[2]: expected an HTTP status from 100 to 599 like 200, got 600",
                "s.yaml:14: load.requests[2].path: \"#{\" at character 4 is not closed by \"}\"",
                "s.yaml:15: load.requests[2].headers.X-Id: #{randomUuid} reads an attribute; write #{randomUuid()} to"
                        + " call Gatling's built-in",
                "s.yaml:16: load.requests[2].bodyFile: there is no file " + folder.resolve("missing.json")
                        + "; \"missing.json\" is read relative to the scenario's folder",
                "s.yaml:17: load.requests[3].path: expected a path starting with / like /orders/#{seq}, got"
                        + " \"no-slash\"; the host is the target's",
                "s.yaml:18: load.requests[3].bodyFile: \"/etc/passwd\" is an absolute path; name the file relative to"
                        + " the scenario's folder (and keep it there), so the run's archive can keep a copy beside"
                        + " scenario.yaml",
                "s.yaml:20: load.requests[4].bodyFile: \"../outside.csv\" leaves the scenario's folder; keep the file"
                        + " inside it (no \"..\"), so the run's archive can keep a copy beside scenario.yaml",
                "s.yaml:20: load.requests[4].bodyFile: give body or bodyFile, not both",
                "s.yaml:21: load.requests[4].body: #{usr} names \"usr\", which is neither seq, a column of the feeder"
                        + " users.csv (id, user) nor a Gatling built-in; did you mean \"user\"?");
    }

    @Test
    void anHttpLoadNeedsRequestsAndAFeederThatIsThere() {
        assertThat(problems("load: {simulation: http, requests: [], rate: 1, duration: 1s}\n"))
                .containsExactly("s.yaml:4: load.requests: at least one request is required, like {method: GET, path: /healthz}");
        assertThat(problems("load: {simulation: http, rate: 1, duration: 1s, feeder: nope.csv, reqests: []}\n"))
                .containsExactly(
                        "s.yaml:4: load.reqests: unknown field; did you mean \"requests\"?",
                        "s.yaml:4: load.feeder: there is no file " + folder.resolve("nope.csv")
                                + "; \"nope.csv\" is read relative to the scenario's folder",
                        "s.yaml:4: load.requests: is required: the requests to send, each with a method and a path like"
                                + " {method: GET, path: /healthz}");
        assertThat(problems("load: {simulation: http, requests: [{path: \"/#{id}\"}], rate: 1, duration: 1s}\n"))
                .containsExactly("s.yaml:4: load.requests[0].path: #{id} names \"id\", which is neither the request"
                        + " counter seq (there is no feeder) nor a Gatling built-in; the built-ins are randomUuid,"
                        + " randomSecureUuid, randomInt, randomLong, randomDouble, randomAlphanumeric, currentTimeMillis,"
                        + " currentDate, htmlUnescape");
    }

    @Test
    void aUserSimulationIsAClassOnTheClasspathThatExtendsSimulation() throws Exception {
        LoadSpec load = load("""
                load:
                  simulation: dev.memchaos.scenario.ExampleUserSimulation
                  rate: 5/s
                  duration: 10s
                  region: eu
                  items: 3
                """).load();
        assertThat(load.source()).isEqualTo(new LoadSpec.UserSimulation("dev.memchaos.scenario.ExampleUserSimulation",
                Map.of("region", "eu", "items", "3")));

        assertThat(problems("load: {simulation: com.acme.CheckoutSimulation, rate: 1, duration: 1s}\n"))
                .containsExactly("s.yaml:4: load.simulation: there is no class com.acme.CheckoutSimulation on the"
                        + " classpath; put the jar or folder that holds it on memchaos's classpath (bin/memchaos:"
                        + " MEMCHAOS_CLASSPATH; a JUnit suite: the test classpath)");
        assertThat(problems("load: {simulation: java.lang.String, rate: 1, duration: 1s}\n"))
                .containsExactly("s.yaml:4: load.simulation: java.lang.String is not a Gatling simulation: it must"
                        + " extend io.gatling.javaapi.core.Simulation");
        assertThat(problems("load: {simulation: com.acme.9lives, rate: 1, duration: 1s, nested: {a: 1}}\n"))
                .containsExactlyInAnyOrder(
                        "s.yaml:4: load.simulation: \"com.acme.9lives\" is not a Java class name; write the fully"
                                + " qualified name of your Gatling simulation, like com.acme.CheckoutSimulation",
                        "s.yaml:4: load.nested: expected a single value, got a mapping");
    }
}
