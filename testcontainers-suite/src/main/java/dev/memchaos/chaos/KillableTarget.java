package dev.memchaos.chaos;

import dev.memchaos.backend.Target;
import java.time.Duration;

/** A target whose process can be killed, and started again by whatever runs it. */
public interface KillableTarget extends Target {

    /** SIGKILL to the target's process; returns once the process is gone. */
    void kill();

    /** After {@link #kill()}: has the target's runtime start it again, waiting at most {@code timeout} for the start. */
    void startAgain(Duration timeout);

    /** The path that answers 200 once the target is ready. */
    String healthPath();
}
