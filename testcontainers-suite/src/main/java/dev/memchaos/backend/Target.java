package dev.memchaos.backend;

import java.net.URI;
import java.time.Instant;

/** A running, memory-limited service under test. */
public interface Target extends AutoCloseable {

    /** Base URL reachable from the harness, e.g. {@code http://127.0.0.1:49153}. */
    URI endpoint();

    /** The hard memory limit the target runs under, in bytes. */
    long memoryLimitBytes();

    /** Current and peak memory as the container runtime accounts it. */
    MemoryStats memoryStats();

    /** Out-of-memory kills of the target since {@code since}, from the runtime's own records. */
    int oomKills(Instant since);

    /** Stops and removes the target. Safe to call more than once. */
    @Override
    void close();
}
