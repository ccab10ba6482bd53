package dev.memchaos.backend.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.Event;
import com.github.dockerjava.api.model.Statistics;
import com.github.dockerjava.api.async.ResultCallback;
import dev.memchaos.backend.MemoryStats;
import dev.memchaos.backend.Target;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** A target running as a Docker container; memory and OOM kills come from the engine itself. */
final class DockerTarget implements Target {

    private final TargetContainer container;
    private final DockerClient client;
    private final String containerId;
    private final long limitBytes;
    private volatile boolean closed;

    DockerTarget(TargetContainer container, DockerClient client, long limitBytes) {
        this.container = container;
        this.client = client;
        this.containerId = container.getContainerId();
        this.limitBytes = limitBytes;
    }

    @Override
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + container.getMappedPort(container.getExposedPorts().get(0)));
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
        Statistics stats = firstStatistics();
        if (stats == null || stats.getMemoryStats() == null) {
            return MemoryStats.NONE;
        }
        var memory = stats.getMemoryStats();
        return new MemoryStats(orZero(memory.getUsage()), orZero(memory.getMaxUsage()), orZero(memory.getLimit()));
    }

    private Statistics firstStatistics() {
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
        return first.get();
    }

    @Override
    public int oomKills(Instant since) {
        int events = oomEvents(since).size();
        InspectContainerResponse.ContainerState state = client.inspectContainerCmd(containerId).exec().getState();
        boolean killed = state != null && Boolean.TRUE.equals(state.getOOMKilled());
        return Math.max(events, killed ? 1 : 0);
    }

    private List<Event> oomEvents(Instant since) {
        List<Event> events = new ArrayList<>();
        String until = Long.toString(Instant.now().getEpochSecond() + 1);
        try (var callback = client.eventsCmd()
                .withSince(Long.toString(since.getEpochSecond()))
                .withUntil(until)
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
        return events;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            container.stop();
        }
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
