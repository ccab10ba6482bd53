package dev.memchaos.chaos;

import dev.memchaos.backend.Target;
import dev.memchaos.scenario.FaultSpec;

/**
 * How one backend injects one fault type: applies a validated spec to a target and hands
 * back what reverts it. Knows nothing of the load or of when the fault is due.
 */
public interface Injector<S extends FaultSpec, T extends Target> {

    /** The spec this injector applies, e.g. {@code FaultSpec.Kill.class}. */
    Class<S> specType();

    /** The fault type as written in scenarios, e.g. {@code kill}. */
    String faultType();

    /** Applies the fault now; closing the result reverts it, and closing it again does nothing. */
    Applied apply(T target, S spec);
}
