package dev.memchaos.junit;

import dev.memchaos.api.Memchaos;
import dev.memchaos.api.RunResult;
import dev.memchaos.api.ScenarioRun;
import java.lang.reflect.Method;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.opentest4j.AssertionFailedError;

/**
 * Runs the scenario of a {@link MemchaosTest} once per test, hands its {@link RunResult} to a
 * parameter that asks for it, and fails the test with the verdict's words when a check failed
 * (the test's own body then does not run). A scenario that cannot run fails it with the reason.
 */
public final class MemchaosExtension implements InvocationInterceptor, ParameterResolver {

    /** The backend when the annotation names none. */
    public static final String BACKEND_PROPERTY = "memchaos.backend";
    /** The results folder when the annotation names none. */
    public static final String RESULTS_PROPERTY = "memchaos.results";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(MemchaosExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RunResult.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return result(context);
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
                                    ExtensionContext context) throws Throwable {
        RunResult result = result(context);
        if (!result.passed()) {
            invocation.skip();
            throw new AssertionFailedError(result.explanation());
        }
        invocation.proceed();
    }

    private static RunResult result(ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent("run", key -> run(context), RunResult.class);
    }

    private static RunResult run(ExtensionContext context) {
        MemchaosTest test = context.getRequiredTestMethod().getAnnotation(MemchaosTest.class);
        if (test == null) {
            throw new ExtensionConfigurationException("MemchaosExtension runs the scenario named by @MemchaosTest; "
                    + context.getRequiredTestMethod().getName() + " has none.");
        }
        Path file = ScenarioFile.find(test.value(), context.getRequiredTestClass().getClassLoader());
        ScenarioRun run = Memchaos.scenario(file)
                .withBackend(setting(test.backend(), BACKEND_PROPERTY, "docker"))
                .withResults(Path.of(setting(test.results(), RESULTS_PROPERTY, ScenarioRun.DEFAULT_RESULTS.toString())));
        RunResult result = run.run();
        context.publishReportEntry("memchaos.report", result.report().toUri().toString());
        return result;
    }

    private static String setting(String annotated, String property, String fallback) {
        if (!annotated.isBlank()) {
            return annotated;
        }
        String configured = System.getProperty(property, "");
        return configured.isBlank() ? fallback : configured;
    }
}
