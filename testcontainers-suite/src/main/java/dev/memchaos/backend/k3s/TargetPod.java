package dev.memchaos.backend.k3s;

import dev.memchaos.scenario.TargetSpec;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The pod of one variant: one container from a local image (never pulled), a memory request equal to its
 * limit, the variant's environment, ready when its health path answers, in the node's network so that
 * its port is the node's. Restarted by the kubelet only where the scenario kills it and asks for a restart;
 * otherwise a dead target stays dead, as on Docker.
 */
final class TargetPod {

    static final String NAMESPACE = "default";
    static final String CONTAINER = "target";

    private TargetPod() {
    }

    static String name(String variant) {
        return ("memchaos-" + variant.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-")).replaceAll("-+$", "");
    }

    static Pod of(String name, TargetSpec spec, Map<String, String> env, boolean restartOnExit) {
        Quantity memory = new Quantity(Long.toString(spec.memory().bytes()));
        List<EnvVar> vars = env.entrySet().stream().map(e -> new EnvVar(e.getKey(), e.getValue(), null)).toList();
        return new PodBuilder()
                .withNewMetadata().withName(name).withNamespace(NAMESPACE)
                    .withLabels(Map.of("app.kubernetes.io/managed-by", "memchaos")).endMetadata()
                .withNewSpec()
                    .withHostNetwork(true)
                    .withDnsPolicy("Default")
                    .withAutomountServiceAccountToken(false)
                    .withEnableServiceLinks(false)
                    .withRestartPolicy(restartOnExit ? "Always" : "Never")
                    .withTerminationGracePeriodSeconds(1L)
                    .addNewContainer()
                        .withName(CONTAINER)
                        .withImage(spec.image())
                        .withImagePullPolicy("Never")
                        .withEnv(vars)
                        .withNewResources()
                            .addToRequests("memory", memory)
                            .addToLimits("memory", memory)
                        .endResources()
                        .withNewReadinessProbe()
                            .withNewHttpGet().withPath(spec.healthPath()).withPort(new IntOrString(spec.port())).endHttpGet()
                            .withPeriodSeconds(1)
                            .withTimeoutSeconds(1)
                        .endReadinessProbe()
                    .endContainer()
                .endSpec()
                .build();
    }
}
