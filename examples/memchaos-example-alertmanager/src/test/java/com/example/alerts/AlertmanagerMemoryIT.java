package com.example.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memchaos.api.RunResult;
import dev.memchaos.junit.MemchaosTest;
import java.util.List;

/**
 * Alertmanager, as its own team would test it with memchaos: the scenario file holds the load and
 * the thresholds (a failed one fails this test with the verdict's words); the test adds what the
 * team wants to hold beyond them.
 */
class AlertmanagerMemoryIT {

    @MemchaosTest("scenarios/alertmanager-distinct-alerts.yaml")
    void distinctAlertsStayWithinTheLimitAndEveryGcPauseIsMeasured(RunResult run) {
        for (String variant : List.of("gogc-100", "gogc-50")) {
            // Alertmanager exposes no runtime/metrics pause histogram: memchaos reads the runtime's gctrace lines.
            assertThat(run.summary().variant(variant).orElseThrow().gcSource()).isEqualTo("gctrace");
            assertThat(run.metric("gcPause.p99", variant)).as("GC pause p99 of %s", variant).isPresent();
            assertThat(run.metric("requests", variant).orElse(0)).as("requests of %s", variant).isGreaterThan(1000);
        }
    }
}
