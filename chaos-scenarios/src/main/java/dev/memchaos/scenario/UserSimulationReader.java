package dev.memchaos.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.memchaos.simulations.LoadSpec;
import io.gatling.javaapi.core.Simulation;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads {@code load} naming a user's Gatling simulation by class name: the class must be on the classpath and
 * extend {@link Simulation}; the block's other fields are its parameters, handed over as text.
 */
final class UserSimulationReader {

    private static final Pattern CLASS_NAME = Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)+");

    private UserSimulationReader() {
    }

    /** A fully qualified class name (a name with a dot); the named workloads have none. */
    static boolean isClassName(String name) {
        return name.contains(".");
    }

    static Optional<LoadSpec.Source> read(String className, YamlObject load, Problems problems) {
        Map<String, String> params = new LinkedHashMap<>();
        boolean paramsOk = true;
        for (String field : load.fieldNames()) {
            if (!LoadReader.FIELDS.contains(field)) {
                JsonNode value = load.get(field).orElse(TextNode.valueOf(""));
                Optional<String> text = load.scalar(load.path(field), value, FieldValues::text);
                text.ifPresent(v -> params.put(field, v));
                paramsOk &= text.isPresent();
            }
        }
        Optional<String> wrong = CLASS_NAME.matcher(className).matches() ? problemWith(className)
                : Optional.of("\"" + className + "\" is not a Java class name; write the fully qualified name of your"
                + " Gatling simulation, like com.acme.CheckoutSimulation");
        wrong.ifPresent(w -> problems.add(load.path("simulation"), w));
        return wrong.isPresent() || !paramsOk ? Optional.empty()
                : Optional.of(new LoadSpec.UserSimulation(className, params));
    }

    /** Why the class cannot run as a Gatling simulation, if it cannot. */
    private static Optional<String> problemWith(String className) {
        Class<?> type;
        try {
            type = Class.forName(className, false, classLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.of("there is no class " + className + " on the classpath; put the jar or folder that holds it"
                    + " on memchaos's classpath (bin/memchaos: MEMCHAOS_CLASSPATH; a JUnit suite: the test classpath)");
        }
        if (!Simulation.class.isAssignableFrom(type)) {
            return Optional.of(className + " is not a Gatling simulation: it must extend " + Simulation.class.getName());
        }
        if (Modifier.isAbstract(type.getModifiers())) {
            return Optional.of(className + " is abstract; name a concrete simulation class");
        }
        try {
            type.getConstructor();
        } catch (NoSuchMethodException e) {
            return Optional.of(className + " needs a public constructor without arguments, as Gatling creates it");
        }
        return Optional.empty();
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : UserSimulationReader.class.getClassLoader();
    }
}
