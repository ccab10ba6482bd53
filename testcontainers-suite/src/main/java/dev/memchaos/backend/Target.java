package dev.memchaos.backend;

import dev.memchaos.scenario.FaultSpec.NetworkDelay.NetworkPath;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * A running, memory-limited service under test, and the handles chaos faults need:
 * its memory limit, a kill, memory pressure charged to its own limit, and network
 * delay on its paths. Each handle that changes something returns a revert that is
 * safe to call twice.
 */
public interface Target extends AutoCloseable {

    /** Base URL of the target itself, e.g. {@code http://127.0.0.1:49153}: health and metrics. */
    URI endpoint();

    /** Where load is sent: the target itself, or a proxy in front of it when the client path can be delayed. */
    URI loadEndpoint();

    /** The hard memory limit the target runs under now, in bytes. */
    long memoryLimitBytes();

    /** Current and peak memory as the container runtime accounts it. */
    MemoryStats memoryStats();

    /** Samples of memory as the runtime sends them (about one a second) until the returned handle is closed. */
    Revert streamMemory(Consumer<MemoryStats> sink);

    /** When the target was killed for running out of memory since {@code since}, from the runtime's own records. */
    List<Instant> oomKills(Instant since);

    /** Sets the hard memory limit (memory and memory+swap) while the target runs. */
    void setMemoryLimit(long bytes);

    /** SIGKILL. */
    void kill();

    /** Starts a killed target again and waits until it is healthy; returns how long that took. */
    Duration restart(Duration timeout);

    /** Allocates and touches {@code sizeBytes} inside the target's own memory cgroup, in steps over {@code duration}. */
    Revert memoryPressure(long sizeBytes, int steps, Duration duration);

    /** Adds latency and jitter on one network path of the target. */
    Revert networkDelay(NetworkPath path, Duration latency, Duration jitter);

    /** Stops and removes the target and everything started with it. Safe to call more than once. */
    @Override
    void close();

    /** Undoes one change to a target. Calling it again does nothing. */
    @FunctionalInterface
    interface Revert extends AutoCloseable {
        @Override
        void close();
    }
}
