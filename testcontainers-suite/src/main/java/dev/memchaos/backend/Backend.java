package dev.memchaos.backend;

/** Where targets run: deploys one memory-limited service and hands back what it needs to measure and disturb it. */
public interface Backend extends AutoCloseable {

    /** The name archived with a run, e.g. {@code docker}. */
    String name();

    /** The faults this backend can inject; a scenario asking for others is refused before anything starts. */
    Capabilities capabilities();

    /** Starts the target (and its proxy and downstream, if asked) and returns once it answers its health check. */
    Target deploy(Deployment deployment) throws DeployException;

    /** Removes everything this backend started. Safe to call more than once. */
    @Override
    void close();
}
