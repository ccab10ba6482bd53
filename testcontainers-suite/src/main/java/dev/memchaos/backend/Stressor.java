package dev.memchaos.backend;

import dev.memchaos.scenario.FaultSpec;
import java.util.List;

/**
 * The memory-pressure stressor: a static binary in an image of its own ({@code target-services/stressor}, FROM
 * scratch), which both backends run inside the target's memory cgroup, so pressure works whatever the target's image
 * is, one without a shell included.
 */
public final class Stressor {

    public static final String IMAGE = "memchaos/stressor:local";
    /** Where the binary is in {@link #IMAGE}. */
    public static final String BINARY = "/stressor";
    /** What each line the balloon prints starts with; the first one says it holds memory. */
    public static final String LINE_PREFIX = "balloon:";

    private Stressor() {
    }

    /** The arguments of a balloon that reaches the fault's size in its steps and lives for its duration. */
    public static List<String> balloon(FaultSpec.MemoryPressure spec) {
        return List.of("balloon", "-size", Long.toString(spec.size().bytes()), "-steps", Integer.toString(spec.steps()),
                "-duration", spec.duration().toMillis() + "ms");
    }

    /** Whether the local engine has the stressor's image. */
    public static boolean imagePresent() {
        return LocalImages.id(IMAGE).isPresent();
    }

    /** The sentence for a memory-pressure fault on a machine without the stressor's image. */
    public static String missingImage() {
        return "The image " + IMAGE + " (the memory-pressure stressor) is not on this machine: build it with"
                + " ./mvnw -pl target-services package.";
    }
}
