package dev.memchaos.backend.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.Event;
import com.github.dockerjava.api.model.Statistics;
import dev.memchaos.backend.MemoryStats;
import dev.memchaos.backend.TargetLog;
import com.github.dockerjava.api.model.Frame;
import dev.memchaos.chaos.KillableTarget;
import dev.memchaos.chaos.ProxiedTarget;
import dev.memchaos.chaos.ResizableTarget;
import dev.memchaos.scenario.FaultSpec.NetworkDelay.NetworkPath;
import eu.rekawek.toxiproxy.Proxy;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.testcontainers.lifecycle.Startable;

/**
 * A target running as a Docker container, with its optional proxy and downstream; memory and OOM kills come from the
 * engine. The Docker injectors reach the container through its package-level handles.
 */
public final class DockerTarget implements ProxiedTarget, ResizableTarget, KillableTarget, TargetLog {

    private final DockerClient client;
    private final TargetContainer container;
    private final String containerId;
    private final String healthPath;
    private final DockerTopology topology;
    private final RunLabels labels;
    private final List<Startable> helpers = new ArrayList<>();
    private final URI loadEndpoint;
    private volatile long limitBytes;
    private volatile boolean closed;

    DockerTarget(DockerClient client, TargetContainer container, String healthPath, long limitBytes,
                 DockerTopology topology, RunLabels labels, URI loadEndpoint) {
        this.client = client;
        this.container = container;
        this.containerId = container.getContainerId();
        this.healthPath = healthPath;
        this.limitBytes = limitBytes;
        this.topology = topology;
        this.labels = labels;
        this.loadEndpoint = loadEndpoint;
    }

    @Override
    public URI endpoint() {
        return URI.create(container.baseUrl());
    }

    @Override
    public URI loadEndpoint() {
        return loadEndpoint;
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
    public Optional<Proxy> proxy(NetworkPath path) {
        return topology.proxy(path);
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

    /**
     * The container's log through the engine's log stream with timestamps (stdout and stderr, each frame one line
     * as the log driver stored it), from the second before {@code since}; lines without a timestamp are skipped.
     */
    @Override
    public void readLog(Instant since, BiConsumer<Instant, String> line) {
        try (var callback = client.logContainerCmd(containerId).withStdOut(true).withStdErr(true).withTimestamps(true)
                .withSince((int) Math.max(0, since.getEpochSecond() - 1))
                .exec(new ResultCallback.Adapter<Frame>() {
                    @Override
                    public void onNext(Frame frame) {
                        String text = new String(frame.getPayload(), java.nio.charset.StandardCharsets.UTF_8).stripTrailing();
                        Instant at = TargetLog.timestampOf(text);
                        if (at != null) {
                            line.accept(at, text.substring(text.indexOf(' ') + 1));
                        }
                    }
                })) {
            callback.awaitCompletion(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            // the container is gone: its log with it
        }
    }

    /** Sets the hard memory limit (memory and memory+swap, {@code docker update}) while the target runs. */
    @Override
    public void setMemoryLimit(long bytes) {
        client.updateContainerCmd(containerId).withMemory(bytes).withMemorySwap(bytes).exec();
        limitBytes = bytes;
    }

    /** {@code docker kill -s KILL}, then waits until the engine reports the container stopped. */
    @Override
    public void kill() {
        client.killContainerCmd(containerId).withSignal("KILL").exec();
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline
                && Boolean.TRUE.equals(client.inspectContainerCmd(containerId).exec().getState().getRunning())) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** {@code docker start}: Docker restarts nothing by itself. */
    @Override
    public void startAgain(Duration timeout) {
        client.startContainerCmd(containerId).exec();
    }

    /** A helper started for this target (e.g. a memory balloon), stopped with it at the latest. */
    void stopsWith(Startable helper) {
        synchronized (helpers) {
            helpers.add(helper);
        }
    }

    DockerClient client() {
        return client;
    }

    /** The engine's id of the target's container. */
    public String containerId() {
        return containerId;
    }

    RunLabels labels() {
        return labels;
    }

    @Override
    public String healthPath() {
        return healthPath;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        synchronized (helpers) {
            helpers.forEach(Startable::stop);
            helpers.clear();
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

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
