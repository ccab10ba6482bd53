package dev.memchaos.simulations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkloadTest {

    @AfterEach
    void clearProperties() {
        System.getProperties().stringPropertyNames().stream().filter(n -> n.startsWith("memchaos.")).forEach(System::clearProperty);
    }

    @Test
    void everyWorkloadHasAUniqueNameAndEachParameterItsOwnPropertyAndADefaultInItsRange() {
        assertThat(Workload.names()).containsExactly("parse", "kv", "churn", "append", "http").doesNotHaveDuplicates();
        for (Workload workload : Workload.all()) {
            assertThat(Workload.named(workload.name())).contains(workload);
            for (Parameter parameter : workload.parameters()) {
                assertThat(parameter.property()).isEqualTo("memchaos." + parameter.name());
                assertThat(parameter.defaultValue()).as("%s.%s", workload.name(), parameter.name()).isPresent();
                assertThat(parameter.value()).as("unset, %s.%s runs with its default", workload.name(), parameter.name())
                        .isEqualTo(parameter.defaultValue().getAsInt());
            }
        }
        assertThat(Workload.named("prase")).isEmpty();
    }

    @Test
    void aParameterReadsItsPropertyAndRefusesAValueOutOfRange() {
        System.setProperty(KvSimulation.WRITES.property(), "30");
        assertThat(KvSimulation.WRITES.value()).isEqualTo(30);
        System.setProperty(KvSimulation.WRITES.property(), "101");
        assertThatThrownBy(KvSimulation.WRITES::value).hasMessage("memchaos.writes: expected a whole number from 0 to 100, got 101");
        assertThatThrownBy(() -> new Parameter("n", "things", 1, 10, OptionalInt.empty(), "memchaos.n").value())
                .hasMessage("set -Dmemchaos.n: things, from 1 to 10");
        assertThatThrownBy(() -> Parameter.of("n", "things", 1, 10, 11)).hasMessageContaining("outside 1..10");
    }

    @Test
    void loadParametersGoThroughSystemPropertiesAndBack() {
        for (Pacing pacing : List.of(new Pacing.Open(12.5), new Pacing.Closed(16))) {
            LoadParameters load = new LoadParameters("http://127.0.0.1:9999", pacing, Duration.ofSeconds(2), Duration.ofSeconds(20));
            load.toSystemProperties().forEach(System::setProperty);
            assertThat(LoadParameters.fromSystemProperties()).isEqualTo(load);
            clearProperties();
        }
        System.setProperty(LoadParameters.RATE, "5");
        System.setProperty(LoadParameters.CONCURRENCY, "5");
        assertThatThrownBy(LoadParameters::fromSystemProperties).hasMessageContaining("not both");
    }

    @Test
    void aLoadSpecHandsEachParameterToItsPropertyAndAUserSimulationsFieldsAsParams() {
        LoadSpec kv = LoadSpec.named(KvSimulation.WORKLOAD, Map.of("ops", "7", "writes", "1", "keyspace", "9"), 1,
                Duration.ZERO, Duration.ofSeconds(1));
        assertThat(kv.parameterProperties()).containsOnly(Map.entry("memchaos.ops", "7"), Map.entry("memchaos.writes", "1"),
                Map.entry("memchaos.keyspace", "9"));
        LoadSpec user = new LoadSpec(new LoadSpec.UserSimulation("com.acme.CheckoutSimulation", Map.of("region", "eu")),
                new Pacing.Closed(3), Duration.ZERO, Duration.ofSeconds(1));
        assertThat(user.parameterProperties()).containsOnly(Map.entry("memchaos.param.region", "eu"));
        assertThat(user.probe(10, Duration.ofSeconds(2))).isEqualTo(new LoadSpec(user.source(), new Pacing.Open(10),
                Duration.ZERO, Duration.ofSeconds(2)));
    }

    @Test
    void anHttpLoadRoundTripsThroughItsJsonFileWithPathsRelativeToIt(@TempDir Path folder) throws Exception {
        HttpLoad load = new HttpLoad(List.of(
                new HttpRequestSpec("put", "PUT", "/orders/#{seq}", Map.of("Content-Type", "application/json"),
                        "{\"id\": #{seq}}", null, List.of(200, 202), 1),
                new HttpRequestSpec("big", "POST", "/big", Map.of(), null, "payloads/big.json", List.of(), 2.5)), "users.csv");
        Path file = folder.resolve("sub/requests.json");
        load.write(file);
        assertThat(HttpLoad.read(file)).isEqualTo(load);

        System.setProperty(HttpLoad.PROPERTY, file.toString());
        HttpLoad resolved = HttpLoad.fromSystemProperties();
        assertThat(resolved.feeder()).isEqualTo(folder.resolve("sub/users.csv").toString());
        assertThat(resolved.requests().get(1).bodyFile()).isEqualTo(folder.resolve("sub/payloads/big.json").toString());
        assertThat(load.requests().get(1).successStatuses()).hasSize(100).startsWith(200).endsWith(299);
        assertThat(load.requests().get(0).successStatuses()).containsExactly(200, 202);
    }

    @Test
    void weightsBecomeTheirShareInPercent() {
        assertThat(Weights.percents(List.of(2.0, 1.0, 1.0))).containsExactly(50.0, 25.0, 25.0);
        assertThat(Weights.percents(List.of(1.0, 1.0, 1.0)).subList(0, 2).stream().mapToDouble(d -> d).sum())
                .as("the random switch's choices, all but the last, stay below 100").isLessThan(100);
        assertThatThrownBy(() -> Weights.percents(List.of(1.0, 0.0))).hasMessageContaining("above 0");
    }
}
