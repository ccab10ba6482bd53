package dev.memchaos.chaos;

import dev.memchaos.scenario.FaultSpec;
import eu.rekawek.toxiproxy.Proxy;
import eu.rekawek.toxiproxy.model.ToxicDirection;
import eu.rekawek.toxiproxy.model.toxic.Latency;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Latency and jitter on one network path, as a Toxiproxy latency toxic on the responses
 * (named {@code memchaos-delay-N}, counted per target); removing the toxic reverts it.
 * Works on any backend whose targets sit behind Toxiproxy.
 */
public final class ToxiproxyDelay implements Injector<FaultSpec.NetworkDelay, ProxiedTarget> {

    private final Map<ProxiedTarget, AtomicInteger> toxics = Collections.synchronizedMap(new WeakHashMap<>());

    @Override
    public Class<FaultSpec.NetworkDelay> specType() {
        return FaultSpec.NetworkDelay.class;
    }

    @Override
    public String faultType() {
        return FaultSpec.NetworkDelay.TYPE;
    }

    @Override
    public Applied apply(ProxiedTarget target, FaultSpec.NetworkDelay spec) {
        Proxy proxy = target.proxy(spec.path()).orElseThrow(() -> new IllegalStateException("the " + spec.path()
                + " path of this target has no proxy; the scenario must declare a network-delay fault on it"));
        String name = "memchaos-delay-" + toxics.computeIfAbsent(target, t -> new AtomicInteger()).incrementAndGet();
        try {
            Latency toxic = proxy.toxics().latency(name, ToxicDirection.DOWNSTREAM, spec.latency().toMillis());
            toxic.setJitter(spec.jitter().toMillis());
            return Applied.of(() -> {
                try {
                    toxic.remove();
                } catch (IOException gone) {
                    // the proxy is gone: so is the toxic
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Toxiproxy refused the latency toxic: " + e.getMessage(), e);
        }
    }
}
