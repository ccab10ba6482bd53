package dev.memchaos.backend;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * A running, memory-limited service under test: where to reach it, and its memory and
 * OOM kills as the runtime accounts them. Faults are not its business: each backend
 * registers one injector per fault type it can inject.
 */
public interface Target extends AutoCloseable {

    /** Base URL of the target itself, e.g. {@code http://127.0.0.1:49153}: health and metrics. */
    URI endpoint();

    /**
     * Where load is sent: the target itself, or a proxy in front of it when the client path can be delayed; reached
     * without a userland proxy where the backend can (e.g. {@code http://172.17.0.3:8080} on Docker).
     */
    URI loadEndpoint();

    /** The hard memory limit the target runs under now, in bytes. */
    long memoryLimitBytes();

    /** Current and peak memory as the container runtime accounts it. */
    MemoryStats memoryStats();

    /** Samples of memory as the runtime sends them (about one a second) until the returned handle is closed. */
    Revert streamMemory(Consumer<MemoryStats> sink);

    /** When the target was killed for running out of memory since {@code since}, from the runtime's own records. */
    List<Instant> oomKills(Instant since);

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
