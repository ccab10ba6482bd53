package dev.memchaos.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.model.Info;
import dev.memchaos.backend.docker.DockerBackend;
import dev.memchaos.chaos.Injectors;
import dev.memchaos.scenario.Scenario;
import dev.memchaos.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * A backend's capabilities are the injectors it registers: Docker registers memory pressure only where the engine can
 * nest a container in the target's cgroup (cgroupfs on cgroup v1), and a scenario asking for a fault the backend
 * cannot inject is refused, in one sentence, before anything starts.
 */
class CapabilityCheckTest {

    private static final Injectors<?> CGROUP_V2 = DockerBackend.injectorsFor(
            new Info().withCGroupDriver("systemd").withCGroupVersion("2"));
    private static final Injectors<?> CGROUPFS_V1 = DockerBackend.injectorsFor(
            new Info().withCGroupDriver("cgroupfs").withCGroupVersion("1"));

    private static Scenario withPressure() throws Exception {
        return ScenarioLoader.parse("""
                name: needs-pressure
                target: {image: memchaos/mapsvc:local, memory: 64MiB}
                variants: [{name: only}]
                load: {simulation: parse, keys: 10, rate: 1, duration: 10s}
                faults:
                  - {type: kill, at: 1s}
                  - {type: memory-pressure, at: 2s, duration: 5s, size: 16MiB}
                """, "needs-pressure.yaml");
    }

    @Test
    void dockerRegistersMemoryPressureOnlyWhereItCanNestTheBalloonInTheTargetsCgroup() {
        assertThat(CGROUPFS_V1.faultTypes()).containsExactly("memory-pressure", "memory-limit", "network-delay", "kill");
        assertThat(CGROUP_V2.faultTypes()).containsExactly("memory-limit", "network-delay", "kill");
        assertThat(DockerBackend.injectorsFor(new Info().withCGroupDriver("systemd").withCGroupVersion("1")).faultTypes())
                .doesNotContain("memory-pressure");
    }

    @Test
    void aBackendWithoutTheFaultRefusesTheScenarioNamingTheFault() throws Exception {
        assertThatThrownBy(() -> ScenarioRunner.requireSupported(withPressure(), CGROUP_V2))
                .isInstanceOf(UnsupportedFaultException.class)
                .hasMessage("faults[1]: this backend cannot inject memory-pressure faults (it can: kill, memory-limit, network-delay)");
    }

    @Test
    void aBackendWithEveryFaultAcceptsIt() throws Exception {
        assertThatCode(() -> ScenarioRunner.requireSupported(withPressure(), CGROUPFS_V1)).doesNotThrowAnyException();
    }
}
