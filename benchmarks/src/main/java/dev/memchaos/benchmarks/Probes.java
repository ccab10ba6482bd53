package dev.memchaos.benchmarks;

import dev.memchaos.backend.docker.DockerTarget;
import dev.memchaos.probe.MemoryProbe;
import dev.memchaos.probe.RuntimeProbe;
import dev.memchaos.probe.Timeline;
import dev.memchaos.scenario.Scenario;

/** The probes a run keeps on a target at their default rates: docker stats (memory), a Prometheus scrape a second. */
final class Probes implements AutoCloseable {

    private final MemoryProbe memory;
    private final RuntimeProbe runtime;

    private Probes(MemoryProbe memory, RuntimeProbe runtime) {
        this.memory = memory;
        this.runtime = runtime;
    }

    static Probes start(Scenario scenario, DockerTarget target) {
        Timeline timeline = new Timeline();
        MemoryProbe memory = new MemoryProbe(target, timeline);
        return new Probes(memory, new RuntimeProbe(target.endpoint().resolve(scenario.target().metricsPath()),
                scenario.target().metrics(), timeline));
    }

    @Override
    public void close() {
        runtime.close();
        memory.close();
    }
}
