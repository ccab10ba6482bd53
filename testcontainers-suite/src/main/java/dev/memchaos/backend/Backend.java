package dev.memchaos.backend;

import dev.memchaos.scenario.TargetSpec;

/** Where targets run: deploys one memory-limited service and hands back what it needs to measure it. */
public interface Backend extends AutoCloseable {

    /** The name archived with a run, e.g. {@code docker}. */
    String name();

    /** Starts the target and returns once it answers its health check. */
    Target deploy(TargetSpec spec, String variant) throws DeployException;

    /** Removes everything this backend started. Safe to call more than once. */
    @Override
    void close();
}
