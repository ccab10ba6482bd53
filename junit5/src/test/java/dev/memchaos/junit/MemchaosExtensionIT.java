package dev.memchaos.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.memchaos.api.RunResult;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import org.opentest4j.AssertionFailedError;

/**
 * The extension as a team's test uses it, run through JUnit's own engine: a passing scenario hands
 * its result to the test, a failing one fails the test with the verdict's words before its body runs,
 * and a missing file fails it with a sentence. Real runs of mapsvc on Docker.
 */
class MemchaosExtensionIT {

    static final AtomicReference<RunResult> HANDED_OVER = new AtomicReference<>();
    static volatile boolean failingBodyRan;

    @Test
    void aPassingRunHandsItsResultToTheTest() {
        Events tests = run(Passing.class);

        tests.assertStatistics(stats -> stats.started(1).succeeded(1).failed(0));
        RunResult result = HANDED_OVER.get();
        assertThat(result.passed()).isTrue();
        assertThat(result.metric("requests", "default").orElse(0)).isPositive();
        assertThat(result.metric("errors", "default")).hasValue(0);
        assertThat(result.report()).isRegularFile();
        assertThat(result.folder().getParent()).isEqualTo(ScenarioRunResults.FOLDER.toAbsolutePath());
    }

    @Test
    void aFailedThresholdFailsTheTestWithTheVerdictsWords() {
        Events tests = run(Failing.class);

        tests.assertThatEvents().haveExactly(1, event(test("impossible"), finishedWithFailure(
                instanceOf(AssertionFailedError.class),
                message(m -> m.contains("failed 1 of 2 checks") && m.contains("requests < 1") && m.contains("report.html")))));
        assertThat(failingBodyRan).as("the test body runs only when the verdict passed").isFalse();
    }

    @Test
    void aMissingScenarioFileFailsTheTestWithASentence() {
        Events tests = run(Missing.class);

        tests.assertThatEvents().haveExactly(1, event(test("missing"), finishedWithFailure(
                instanceOf(ExtensionConfigurationException.class),
                message(m -> m.contains("scenarios/no-such.yaml") && m.contains("no such file on the test classpath")))));
    }

    private static Events run(Class<?> testClass) {
        System.setProperty(MemchaosExtension.RESULTS_PROPERTY, ScenarioRunResults.FOLDER.toString());
        try {
            return EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute().testEvents();
        } finally {
            System.clearProperty(MemchaosExtension.RESULTS_PROPERTY);
        }
    }

    static class Passing {
        @MemchaosTest("scenarios/small-parse.yaml")
        void smallParse(RunResult run) {
            HANDED_OVER.set(run);
        }
    }

    static class Failing {
        @MemchaosTest("scenarios/impossible-threshold.yaml")
        void impossible() {
            failingBodyRan = true;
        }
    }

    static class Missing {
        @MemchaosTest("scenarios/no-such.yaml")
        void missing() {
        }
    }
}
