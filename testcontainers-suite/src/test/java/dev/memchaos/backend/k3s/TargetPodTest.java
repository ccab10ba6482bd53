package dev.memchaos.backend.k3s;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.model.Info;
import dev.memchaos.scenario.ByteSize;
import dev.memchaos.scenario.TargetSpec;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Pod;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pod a variant runs as, and what the k3s backend can inject where. */
class TargetPodTest {

    private final TargetSpec spec = new TargetSpec("memchaos/mapsvc:local", 8080, ByteSize.ofMiB(128), "/healthz", "/metrics",
            Map.of("MAP_SIZING", "sized"));

    @Test
    void aVariantIsOneHostNetworkPodWhoseMemoryRequestIsItsLimit() {
        Pod pod = TargetPod.of("memchaos-sized", spec, Map.of("MAP_SIZING", "sized"), false);
        Container c = pod.getSpec().getContainers().get(0);

        assertThat(pod.getSpec().getHostNetwork()).isTrue();
        assertThat(pod.getSpec().getRestartPolicy()).isEqualTo("Never");
        assertThat(c.getImage()).isEqualTo("memchaos/mapsvc:local");
        assertThat(c.getImagePullPolicy()).isEqualTo("Never");
        assertThat(c.getResources().getRequests().get("memory").getNumericalAmount().longValueExact()).isEqualTo(128L << 20);
        assertThat(c.getResources().getLimits().get("memory")).isEqualTo(c.getResources().getRequests().get("memory"));
        assertThat(c.getResources().getLimits()).doesNotContainKey("cpu");
        assertThat(c.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/healthz");
        assertThat(c.getReadinessProbe().getHttpGet().getPort().getIntVal()).isEqualTo(8080);
        assertThat(c.getEnv()).singleElement().satisfies(e -> assertThat(e.getName() + "=" + e.getValue()).isEqualTo("MAP_SIZING=sized"));
    }

    @Test
    void theKubeletRestartsTheTargetOnlyWhereAKillAsksForIt() {
        assertThat(TargetPod.of("p", spec, Map.of(), true).getSpec().getRestartPolicy()).isEqualTo("Always");
    }

    @Test
    void podNamesAreValidKubernetesNames() {
        assertThat(TargetPod.name("runtime-blind")).isEqualTo("memchaos-runtime-blind");
        assertThat(TargetPod.name("Sized_2")).isEqualTo("memchaos-sized-2");
    }

    @Test
    void memoryFaultsNeedCgroupV1WhileKillAndDelayWorkAnywhere() {
        assertThat(K3sBackend.injectorsFor(new Info().withCGroupVersion("1")).faultTypes())
                .containsExactly("memory-pressure", "memory-limit", "network-delay", "kill");
        assertThat(K3sBackend.injectorsFor(new Info().withCGroupVersion("2")).faultTypes())
                .containsExactly("network-delay", "kill");
    }
}
