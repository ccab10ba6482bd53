package dev.memchaos.backend.docker;

import dev.memchaos.scenario.Downstream;
import dev.memchaos.scenario.FaultSpec.NetworkDelay.NetworkPath;
import eu.rekawek.toxiproxy.Proxy;
import eu.rekawek.toxiproxy.ToxiproxyClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.testcontainers.containers.Network;
import org.testcontainers.utility.DockerImageName;

/**
 * What surrounds a target when its network paths can be delayed: a labelled Docker
 * network, a Toxiproxy in it, and the downstream the target calls through that proxy.
 * Without delayable paths or a downstream it is empty and costs nothing.
 */
public final class DockerTopology implements AutoCloseable {

    public static final String TARGET_ALIAS = "target";
    static final String PROXY_ALIAS = "toxiproxy";
    static final String DOWNSTREAM_ALIAS = "downstream";

    private final Network network;
    private final ProxyContainer proxy;
    private final TargetContainer downstream;
    private final ToxiproxyClient toxiproxy;
    private final Map<NetworkPath, Proxy> proxies = new EnumMap<>(NetworkPath.class);
    private final boolean ownsNetwork;
    private String clientProxyUrl;

    private DockerTopology(Network network, boolean ownsNetwork, ProxyContainer proxy, TargetContainer downstream) {
        this.network = network;
        this.ownsNetwork = ownsNetwork;
        this.proxy = proxy;
        this.downstream = downstream;
        this.toxiproxy = proxy == null ? null : new ToxiproxyClient("127.0.0.1", proxy.getControlPort());
    }

    static DockerTopology none() {
        return new DockerTopology(null, false, null, null);
    }

    /** Starts a network, the proxy and the downstream that the target will need. */
    public static DockerTopology start(RunLabels labels, Optional<Downstream> downstreamSpec, Set<NetworkPath> delayable) {
        return start(labels, downstreamSpec, delayable, null);
    }

    /**
     * Starts the proxy and the downstream in {@code shared}, a network the target already runs in under the alias
     * {@value #TARGET_ALIAS} (a Kubernetes node whose pods share its network), or in a network of their own when it
     * is null. A shared network outlives the topology. (Connecting a running node to a network of the topology's and
     * disconnecting it again would move the node's published ports with it, on Docker 20.10.)
     */
    public static DockerTopology start(RunLabels labels, Optional<Downstream> downstreamSpec, Set<NetworkPath> delayable,
                                       Network shared) {
        if (downstreamSpec.isEmpty() && delayable.isEmpty()) {
            return none();
        }
        Network network = shared != null ? shared
                : Network.builder().createNetworkCmdModifier(cmd -> cmd.withLabels(labels.asMap())).build();
        TargetContainer downstream = null;
        ProxyContainer proxy = new ProxyContainer(labels);
        proxy.withNetwork(network).withNetworkAliases(PROXY_ALIAS);
        DockerTopology topology = null;
        try {
            if (downstreamSpec.isPresent()) {
                Downstream d = downstreamSpec.get();
                downstream = new TargetContainer(DockerImageName.parse(d.image()), d.port())
                        .withEphemeralPorts()
                        .withMemoryLimit(d.memory().bytes())
                        .withEnv(d.env())
                        .withRunLabels(new RunLabels(labels.runId(), labels.variant() + "-downstream", labels.ownerPid()))
                        .withHealthPath(d.path())
                        .withNetwork(network)
                        .withNetworkAliases(DOWNSTREAM_ALIAS);
                downstream.start();
            }
            proxy.start();
            topology = new DockerTopology(network, shared == null, proxy, downstream);
            if (downstreamSpec.isPresent()) {
                topology.proxies.put(NetworkPath.DOWNSTREAM, topology.createProxy("downstream",
                        ProxyContainer.DOWNSTREAM_PORT, DOWNSTREAM_ALIAS + ":" + downstreamSpec.get().port()));
            }
            return topology;
        } catch (RuntimeException e) {
            if (topology != null) {
                topology.close();
            } else {
                proxy.stop();
                if (downstream != null) {
                    downstream.stop();
                }
                if (shared == null) {
                    network.close();
                }
            }
            throw e;
        }
    }

    /** Environment the target needs to reach its downstream through the proxy. */
    public Map<String, String> targetEnv(Optional<Downstream> downstreamSpec) {
        return downstreamSpec.map(d -> Map.of(d.urlEnv(),
                "http://" + PROXY_ALIAS + ":" + ProxyContainer.DOWNSTREAM_PORT + d.path())).orElse(Map.of());
    }

    /** Puts the target on the network, under the alias the proxy points at. */
    void attach(TargetContainer target) {
        if (network != null) {
            target.withNetwork(network).withNetworkAliases(TARGET_ALIAS);
        }
    }

    /** Once the target runs: a proxy in front of its port for the load, when the client path must be delayable. */
    public void proxyClientPath(int targetPort, Set<NetworkPath> delayable) {
        if (delayable.contains(NetworkPath.CLIENT)) {
            proxies.put(NetworkPath.CLIENT, createProxy("client", ProxyContainer.CLIENT_PORT, TARGET_ALIAS + ":" + targetPort));
            clientProxyUrl = "http://127.0.0.1:" + proxy.getMappedPort(ProxyContainer.CLIENT_PORT);
        }
    }

    public Optional<String> clientProxyUrl() {
        return Optional.ofNullable(clientProxyUrl);
    }

    /** The client proxy's port reached without Docker's userland proxy, where this host can ({@link DirectAddress}). */
    Optional<URI> clientProxyDirect() {
        return clientProxyUrl == null ? Optional.empty() : DirectAddress.of(proxy, ProxyContainer.CLIENT_PORT);
    }

    public Optional<Proxy> proxy(NetworkPath path) {
        return Optional.ofNullable(proxies.get(path));
    }

    private Proxy createProxy(String name, int listenPort, String upstream) {
        try {
            return toxiproxy.createProxy(name, "0.0.0.0:" + listenPort, upstream);
        } catch (IOException e) {
            throw new UncheckedIOException("Toxiproxy could not create the " + name + " proxy: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (proxy != null) {
            proxy.stop();
        }
        if (downstream != null) {
            downstream.stop();
        }
        if (network != null && ownsNetwork) {
            network.close();
        }
    }
}
