package dev.memchaos.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.memchaos.journal.Summary;
import dev.memchaos.scenario.Metric;
import dev.memchaos.run.BackendKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Catalog scenarios, unchanged, on a single-node Kubernetes booted by K3sContainer: the walking skeleton, a
 * target OOM-killed under memory pressure, and network delay on the downstream and on the client path. Each
 * must hold the thresholds it holds on Docker. (Kill and the limit squeeze run in K3sFaultsIT here, and in the
 * soak of the nightly profile, which runs the whole catalog on k3s three times.)
 */
class K3sCatalogIT {

    @ParameterizedTest(name = "{0} on k3s")
    @ValueSource(strings = {"parse-1200-keys", "gomemlimit-vs-cgroup", "parse-downstream-delay", "kv-mutex-vs-syncmap-vs-sharded"})
    void holdsItsDocumentedExpectationsOnK3s(String name) throws Exception {
        CatalogRun run = CatalogRun.of(name, BackendKind.K3S);

        for (Summary.VariantSummary v : run.summary().variants()) {
            assertThat(v.value(Metric.Named.REQUESTS).orElse(0)).as("%s requests", v.name()).isPositive();
            assertThat(v.value(Metric.Named.MEMORY_PEAK).orElse(0)).as("%s peak memory from the pod's cgroup", v.name()).isPositive();
            assertThat(v.chaos()).as("%s chaos records", v.name()).hasSize(run.scenario().faults().size())
                    .allSatisfy(f -> assertThat(f.error()).as("%s %s", v.name(), f.type()).isNull());
        }
        assertTrue(run.outcome().verdict().pass(), () -> run.failures(name + " on k3s"));
    }
}
