package dev.memchaos.chaos;

import dev.memchaos.backend.Target;

/** A target whose hard memory limit can be changed while it runs, whatever runs it. */
public interface ResizableTarget extends Target {

    /** Sets the hard memory limit now; {@link #memoryLimitBytes()} follows. */
    void setMemoryLimit(long bytes);
}
