package dev.memchaos.backend;

import dev.memchaos.backend.docker.DockerEnvironment;
import java.util.Optional;

/**
 * Images as the local Docker engine knows them. Both backends run images from it (the k3s node
 * imports them from it), so an image's id here is the id of what a target runs.
 */
public final class LocalImages {

    private LocalImages() {
    }

    /** The engine's id of the image of this name, e.g. {@code sha256:46f8…}; empty when it is not on this machine. */
    public static Optional<String> id(String image) {
        try {
            return Optional.ofNullable(DockerEnvironment.client().inspectImageCmd(image).exec().getId());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
