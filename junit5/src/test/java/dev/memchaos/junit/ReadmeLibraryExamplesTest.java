package dev.memchaos.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's library examples are real: the JUnit example is the example project's test as it is,
 * and both Java snippets compile against this module's classpath.
 */
class ReadmeLibraryExamplesTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path EXAMPLE_TEST = ROOT.resolve(
            "examples/memchaos-example-alertmanager/src/test/java/com/example/alerts/AlertmanagerMemoryIT.java");

    private static String readme() throws Exception {
        return Files.readString(ROOT.resolve("README.md"));
    }

    private static String javaBlock(String startsWith) throws Exception {
        String readme = readme();
        int start = readme.indexOf("```java\n" + startsWith);
        assertThat(start).as("the README shows a Java example starting with %s", startsWith).isNotNegative();
        return readme.substring(start + "```java\n".length(), readme.indexOf("```", start + 3));
    }

    @Test
    void theJUnitExampleIsTheExampleProjectsTestAsItIs() throws Exception {
        String example = javaBlock("@MemchaosTest(");
        String test = Files.readString(EXAMPLE_TEST);

        assertThat(test.replaceAll("(?m)^ {4}", "")).contains(example);
    }

    @Test
    void bothJavaExamplesCompileAgainstTheLibrary(@TempDir Path out) throws Exception {
        String junit = javaBlock("@MemchaosTest(");
        String api = javaBlock("RunResult result = Memchaos.scenario(");
        String source = """
                import static org.assertj.core.api.Assertions.assertThat;
                import dev.memchaos.api.Memchaos;
                import dev.memchaos.api.RunResult;
                import dev.memchaos.junit.MemchaosTest;
                import java.nio.file.Path;
                import java.util.List;

                class ReadmeExamples {
                """ + junit + "\nvoid api() {\n" + api + "}\n}\n";

        assertThat(compile("ReadmeExamples", source, out)).as("the README's examples compile").isEmpty();
    }

    /** Compiler errors, none when it compiled. */
    private static String compile(String className, String source, Path out) {
        StringWriter errors = new StringWriter();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        boolean compiled = javac.getTask(errors, null, null,
                List.of("-d", out.toString(), "-classpath", System.getProperty("java.class.path")), null,
                List.of(new Source(className, source))).call();
        return compiled ? "" : errors + "\n" + source;
    }

    @Test
    void theUserSimulationExampleCompilesAgainstGatlingAndLoadParameters(@TempDir Path out) throws Exception {
        String simulation = javaBlock("public class CheckoutSimulation extends Simulation");
        String source = """
                import static io.gatling.javaapi.core.CoreDsl.scenario;
                import static io.gatling.javaapi.http.HttpDsl.http;
                import dev.memchaos.simulations.LoadParameters;
                import io.gatling.javaapi.core.Simulation;

                """ + simulation;

        assertThat(compile("CheckoutSimulation", source, out)).as("the README's user simulation compiles").isEmpty();
    }

    @Test
    void theDependencyTheReadmeShowsIsTheOneTheExampleUses() throws Exception {
        String pom = Files.readString(ROOT.resolve("examples/memchaos-example-alertmanager/pom.xml"));
        String readme = readme();

        assertThat(readme).contains("<artifactId>memchaos-junit5</artifactId>", "<type>pom</type><scope>import</scope>");
        assertThat(pom).contains("<artifactId>memchaos-junit5</artifactId>", "<artifactId>memchaos</artifactId>",
                "<type>pom</type>", "<scope>import</scope>", "TESTCONTAINERS_RYUK_DISABLED",
                "--add-opens java.base/java.lang=ALL-UNNAMED");
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String code;

        Source(String className, String code) {
            super(URI.create("string:///" + className + ".java"), JavaFileObject.Kind.SOURCE);
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }
}
