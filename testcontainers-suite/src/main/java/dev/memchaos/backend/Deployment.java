package dev.memchaos.backend;

import dev.memchaos.scenario.FaultSpec;
import dev.memchaos.scenario.FaultSpec.NetworkDelay.NetworkPath;
import dev.memchaos.scenario.TargetSpec;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What to deploy for one variant: the target, which of its network paths must be delayable, and whether the
 * runtime must start it again when its process dies (only where a kill fault asks for a restart; otherwise a
 * dead target stays dead, on every backend).
 */
public record Deployment(TargetSpec spec, String variant, Set<NetworkPath> delayablePaths, boolean restartAfterKill) {

    public Deployment {
        delayablePaths = Set.copyOf(delayablePaths);
    }

    /** The deployment a scenario's faults need. */
    public static Deployment of(TargetSpec spec, String variant, List<FaultSpec> faults) {
        Set<NetworkPath> paths = EnumSet.noneOf(NetworkPath.class);
        boolean restart = false;
        for (FaultSpec fault : faults) {
            if (fault instanceof FaultSpec.NetworkDelay delay) {
                paths.add(delay.path());
            } else if (fault instanceof FaultSpec.Kill kill) {
                restart |= kill.restart();
            }
        }
        return new Deployment(spec, variant, paths, restart);
    }
}
