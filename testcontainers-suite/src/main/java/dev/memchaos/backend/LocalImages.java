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

    /** The value the image's own configuration gives the environment variable {@code name} ({@code ENV} in its Dockerfile). */
    public static Optional<String> env(String image, String name) {
        try {
            String[] env = DockerEnvironment.client().inspectImageCmd(image).exec().getConfig().getEnv();
            return env == null ? Optional.empty() : java.util.Arrays.stream(env)
                    .filter(e -> e.startsWith(name + "="))
                    .map(e -> e.substring(name.length() + 1))
                    .reduce((first, second) -> second);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
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
