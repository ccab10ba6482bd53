package dev.memchaos.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that runs a memchaos scenario and fails with the verdict's words when a threshold
 * fails. The scenario is a file on the test classpath ({@code src/test/resources}) or a path.
 * Declare a {@link dev.memchaos.api.RunResult} parameter to assert more on the run; it runs once.
 *
 * <pre>{@code
 * @MemchaosTest("scenarios/alerts.yaml")
 * void alertsStayWithinTheLimit(RunResult run) {
 *     assertThat(run.metric("gcPause.count", "default").orElse(0)).isPositive();
 * }
 * }</pre>
 *
 * The backend is {@link #backend()}, else the system property {@code memchaos.backend}, else
 * Docker; runs are archived in {@link #results()}, else {@code memchaos.results}, else
 * {@code target/memchaos-results}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Test
@ExtendWith(MemchaosExtension.class)
public @interface MemchaosTest {

    /** The scenario file: a test classpath resource like {@code scenarios/alerts.yaml}, or a file path. */
    String value();

    /** {@code docker} or {@code k3s}; empty for {@code -Dmemchaos.backend}, else Docker. */
    String backend() default "";

    /** The folder runs are archived in; empty for {@code -Dmemchaos.results}, else {@code target/memchaos-results}. */
    String results() default "";
}
