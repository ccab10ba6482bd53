package dev.memchaos.backend.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.Event;
import com.github.dockerjava.api.model.Statistics;
import dev.memchaos.backend.MemoryStats;
import dev.memchaos.backend.Target;
import dev.memchaos.scenario.FaultSpec.NetworkDelay.NetworkPath;
import eu.rekawek.toxiproxy.Proxy;
import eu.rekawek.toxiproxy.model.ToxicDirection;
import eu.rekawek.toxiproxy.model.toxic.Latency;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/** A target running as a Docker container, with its optional proxy and downstream; memory and OOM kills come from the engine. */
final class DockerTarget implements Target {

    private final DockerClient client;
    private final TargetContainer container;
    private final String containerId;
    private final String healthPath;
    private final DockerTopology topology;
    private final RunLabels labels;
    private final String pressureImage;
    private final AtomicInteger toxics = new AtomicInteger();
    private final List<GenericContainer<?>> pressures = new ArrayList<>();
    private volatile long limitBytes;
    private volatile boolean closed;

    DockerTarget(DockerClient client, TargetContainer container, String healthPath, long limitBytes,
                 DockerTopology topology, RunLabels labels, String pressureImage) {
        this.client = client;
        this.container = container;
        this.containerId = container.getContainerId();
        this.healthPath = healthPath;
        this.limitBytes = limitBytes;
        this.topology = topology;
        this.labels = labels;
        this.pressureImage = pressureImage;
    }

    @Override
    public URI endpoint() {
        return URI.create(container.baseUrl());
    }

    @Override
    public URI loadEndpoint() {
        return topology.clientProxyUrl().map(URI::create).orElse(endpoint());
    }

    @Override
    public long memoryLimitBytes() {
        return limitBytes;
    }

    @Override
    public MemoryStats memoryStats() {
        if (closed) {
            return MemoryStats.NONE;
        }
        AtomicReference<Statistics> first = new AtomicReference<>();
        try (var callback = client.statsCmd(containerId).withNoStream(true).exec(new ResultCallback.Adapter<Statistics>() {
            @Override
            public void onNext(Statistics stats) {
                first.compareAndSet(null, stats);
            }
        })) {
            callback.awaitCompletion(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return toMemoryStats(first.get());
    }

    /** Streams memory samples (the engine sends one a second) until the returned handle is closed. */
    @Override
    public Revert streamMemory(Consumer<MemoryStats> sink) {
        Closeable stream = client.statsCmd(containerId).exec(new ResultCallback.Adapter<Statistics>() {
            @Override
            public void onNext(Statistics stats) {
                sink.accept(toMemoryStats(stats));
            }
        });
        return once(() -> {
            try {
                stream.close();
            } catch (IOException ignored) {
                // the stream ends with the container
            }
        });
    }

    private static MemoryStats toMemoryStats(Statistics stats) {
        if (stats == null || stats.getMemoryStats() == null) {
            return MemoryStats.NONE;
        }
        var memory = stats.getMemoryStats();
        return new MemoryStats(orZero(memory.getUsage()), orZero(memory.getMaxUsage()), orZero(memory.getLimit()));
    }

    @Override
    public List<Instant> oomKills(Instant since) {
        List<Event> events = new ArrayList<>();
        try (var callback = client.eventsCmd()
                .withSince(Long.toString(since.getEpochSecond()))
                .withUntil(Long.toString(Instant.now().getEpochSecond() + 1))
                .withContainerFilter(containerId)
                .withEventFilter("oom")
                .exec(new ResultCallback.Adapter<Event>() {
                    @Override
                    public void onNext(Event event) {
                        events.add(event);
                    }
                })) {
            callback.awaitCompletion(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Instant> kills = new ArrayList<>(events.stream()
                .map(e -> e.getTimeNano() != null ? Instant.ofEpochSecond(0, e.getTimeNano()) : Instant.ofEpochSecond(e.getTime()))
                .toList());
        InspectContainerResponse.ContainerState state = client.inspectContainerCmd(containerId).exec().getState();
        if (kills.isEmpty() && state != null && Boolean.TRUE.equals(state.getOOMKilled())) {
            kills.add(state.getFinishedAt() == null ? Instant.now() : Instant.parse(state.getFinishedAt()));
        }
        return kills;
    }

    @Override
    public void setMemoryLimit(long bytes) {
        client.updateContainerCmd(containerId).withMemory(bytes).withMemorySwap(bytes).exec();
        limitBytes = bytes;
    }

    @Override
    public void kill() {
        client.killContainerCmd(containerId).withSignal("KILL").exec();
    }

    @Override
    public Duration restart(Duration timeout) {
        Instant start = Instant.now();
        client.startContainerCmd(containerId).exec();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(endpoint().resolve(healthPath)).timeout(Duration.ofSeconds(1)).build();
        while (Duration.between(start, Instant.now()).compareTo(timeout) < 0) {
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return Duration.between(start, Instant.now());
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sleep(Duration.ofMillis(50));
        }
        throw new IllegalStateException("the target did not answer " + healthPath + " within " + timeout.toSeconds() + "s of its restart");
    }

    @Override
    public Revert memoryPressure(long sizeBytes, int steps, Duration duration) {
        GenericContainer<?> balloon = new GenericContainer<>(DockerImageName.parse(pressureImage))
                .withCommand("balloon", "-size", Long.toString(sizeBytes), "-steps", Integer.toString(steps),
                        "-duration", duration.toMillis() + "ms")
                .withLabels(new RunLabels(labels.runId(), labels.variant() + "-pressure", labels.ownerPid()).asMap())
                .withCreateContainerCmdModifier(cmd -> cmd.getHostConfig().withCgroupParent("/docker/" + containerId))
                .waitingFor(Wait.forLogMessage(".*balloon:.*\\n", 1).withStartupTimeout(Duration.ofSeconds(30)));
        balloon.start();
        synchronized (pressures) {
            pressures.add(balloon);
        }
        return once(balloon::stop);
    }

    @Override
    public Revert networkDelay(NetworkPath path, Duration latency, Duration jitter) {
        Proxy proxy = topology.proxy(path).orElseThrow(() -> new IllegalStateException(
                "the " + path + " path of this target has no proxy; the scenario must declare a network-delay fault on it"));
        try {
            Latency toxic = proxy.toxics().latency("memchaos-delay-" + toxics.incrementAndGet(),
                    ToxicDirection.DOWNSTREAM, latency.toMillis());
            toxic.setJitter(jitter.toMillis());
            return once(() -> {
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

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        synchronized (pressures) {
            pressures.forEach(GenericContainer::stop);
            pressures.clear();
        }
        container.stop();
        topology.close();
    }

    private static Revert once(Runnable revert) {
        AtomicBoolean done = new AtomicBoolean();
        return () -> {
            if (done.compareAndSet(false, true)) {
                revert.run();
            }
        };
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
