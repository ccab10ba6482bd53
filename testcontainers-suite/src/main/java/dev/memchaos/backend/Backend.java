package dev.memchaos.backend;

import dev.memchaos.chaos.Injectors;
import java.util.Optional;

/**
 * Where targets run: deploys one memory-limited service and hands back what it needs to measure it.
 * What it can do to a target is its injectors, one per fault type.
 */
public interface Backend<T extends Target> extends AutoCloseable {

    /** The name archived with a run, e.g. {@code docker}. */
    String name();

    /** The faults this backend can inject, one injector each; a scenario asking for others is refused before anything starts. */
    Injectors<T> injectors();

    /** Starts the target (and its proxy and downstream, if asked) and returns once it answers its health check. */
    T deploy(Deployment deployment) throws DeployException;

    /**
     * The id of the image a target of this name would run now, as the engine knows it: archived with
     * each run so a replay can tell whether the image changed. Both backends run images from the
     * local Docker engine (the k3s node imports them from it).
     */
    default Optional<String> imageId(String image) {
        return LocalImages.id(image);
    }

    /** Removes everything this backend started. Safe to call more than once. */
    @Override
    void close();
}
