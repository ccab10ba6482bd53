package dev.memchaos.chaos;

import dev.memchaos.backend.Target;
import dev.memchaos.scenario.FaultSpec;

/** Latency and jitter on one network path of the target, through Toxiproxy; the toxic is removed at the end. */
public record NetworkDelayFault(FaultSpec.NetworkDelay spec) implements Fault {

    @Override
    public Applied apply(Target target) {
        Target.Revert revert = target.networkDelay(spec.path(), spec.latency(), spec.jitter());
        return revert::close;
    }
}
