package dev.memchaos.backend;

import dev.memchaos.scenario.FaultSpec.NetworkDelay.NetworkPath;
import dev.memchaos.scenario.TargetSpec;
import java.util.Set;

/** What to deploy for one variant: the target, and which of its network paths must be delayable. */
public record Deployment(TargetSpec spec, String variant, Set<NetworkPath> delayablePaths) {

    public Deployment {
        delayablePaths = Set.copyOf(delayablePaths);
    }
}
