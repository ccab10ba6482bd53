package dev.memchaos.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memchaos.simulations.HttpRequestSpec;
import dev.memchaos.simulations.LoadSpec;
import dev.memchaos.simulations.Pacing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's load examples, exactly as printed, read as the load of a scenario. */
class ReadmeLoadExamplesTest {

    private static Scenario scenario(String load, Path folder) throws Exception {
        return ScenarioLoader.parse("name: s\ntarget: {image: img, memory: 64MiB}\nvariants: [{name: a}]\n" + load,
                "README.md", folder);
    }

    @Test
    void theHttpExampleReads(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("users.csv"), "user\nann\nbob\n");

        LoadSpec load = scenario(Readme.yaml("load:\n  simulation: http\n"), folder).load();

        LoadSpec.Http http = (LoadSpec.Http) load.source();
        assertThat(http.load().requests()).extracting(HttpRequestSpec::name, HttpRequestSpec::method,
                HttpRequestSpec::expect, HttpRequestSpec::weight).containsExactly(
                org.assertj.core.groups.Tuple.tuple("put-order", "PUT", List.of(200, 202), 3.0),
                org.assertj.core.groups.Tuple.tuple("health", "GET", List.of(), 1.0));
        assertThat(load.files()).containsOnlyKeys("users.csv");
        assertThat(load.pacing()).isEqualTo(new Pacing.Open(50));
    }

    @Test
    void theUserSimulationExampleReadsWhenItsClassIsOnTheClasspath() throws Exception {
        String example = Readme.yaml("load:\n  simulation: com.acme.CheckoutSimulation");
        String onClasspath = example.replace("com.acme.CheckoutSimulation", ExampleUserSimulation.class.getName());

        LoadSpec load = scenario(onClasspath, Path.of("")).load();

        assertThat(load.source()).isEqualTo(new LoadSpec.UserSimulation(ExampleUserSimulation.class.getName(),
                Map.of("region", "eu")));
        assertThat(load.pacing()).isEqualTo(new Pacing.Closed(8));
        assertThat(load.parameterProperties()).containsExactly(Map.entry("memchaos.param.region", "eu"));
    }
}
