package dev.memchaos.backend.k3s;

import dev.memchaos.backend.Stressor;
import dev.memchaos.backend.Target;
import dev.memchaos.chaos.Applied;
import dev.memchaos.chaos.Injector;
import dev.memchaos.scenario.FaultSpec;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Memory allocated and touched inside the target container's own memory cgroup, competing with it for the same
 * limit, the way Chaos Mesh's daemon enters a container's cgroup: a {@code stressor balloon} process (the binary of
 * {@link Stressor#IMAGE}, copied into the node at boot, so the target's image does not matter) started in the node joins a child cgroup of the container's. It keeps the node's OOM score (0) while the kubelet gives the
 * target a high one (about 1000 for a pod whose request is its limit and that sets no CPU), so when the limit is
 * hit the kernel kills the target, not the pressure. Killing the balloon reverts it.
 */
final class K3sMemoryPressure implements Injector<FaultSpec.MemoryPressure, K3sTarget> {

    static final String BALLOON = K3sNode.TOOLS + Stressor.BINARY;

    private final AtomicInteger balloons = new AtomicInteger();

    @Override
    public Class<FaultSpec.MemoryPressure> specType() {
        return FaultSpec.MemoryPressure.class;
    }

    @Override
    public String faultType() {
        return FaultSpec.MemoryPressure.TYPE;
    }

    @Override
    public Applied apply(K3sTarget target, FaultSpec.MemoryPressure spec) {
        K3sNode node = target.node();
        if (node.exec("test", "-x", BALLOON).getExitCode() != 0) {
            throw new IllegalStateException(Stressor.missingImage());
        }
        int n = balloons.incrementAndGet();
        String cgroup = target.cgroup().container() + "/memchaos-pressure-" + n;
        String pidFile = "/tmp/memchaos-pressure-" + n + ".pid";
        CountDownLatch started = new CountDownLatch(1);
        Target.Revert output = NodeExec.streamLines(node.getDockerClient(), node.getContainerId(),
                line -> {
                    if (line.startsWith(Stressor.LINE_PREFIX)) {
                        started.countDown();
                    }
                },
                "sh", "-c", "mkdir -p " + cgroup + " && echo $$ > " + cgroup + "/cgroup.procs && echo $$ > " + pidFile
                        + " && exec " + BALLOON + " " + String.join(" ", Stressor.balloon(spec)));
        Target.Revert stop = () -> {
            output.close();
            try {
                node.exec("sh", "-c", "kill -KILL $(cat " + pidFile + ") 2>/dev/null; rm -f " + pidFile
                        + "; for i in 1 2 3 4 5 6 7 8 9 10; do rmdir " + cgroup + " 2>/dev/null && break; sleep 0.1; done");
            } catch (RuntimeException nodeGone) {
                // the node is being removed, and the balloon with it
            }
        };
        Applied applied = Applied.of(stop::close);
        target.stopsWith(applied::close);
        try {
            if (!started.await(30, TimeUnit.SECONDS)) {
                applied.close();
                throw new IllegalStateException("the memory balloon did not start in the node within 30s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            applied.close();
            throw new IllegalStateException("interrupted while starting the memory balloon", e);
        }
        return applied;
    }
}
