package dev.memchaos.junit;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** Finds the file a {@link MemchaosTest} names: on the test classpath first, then as a path. */
final class ScenarioFile {

    private ScenarioFile() {
    }

    static Path find(String name, ClassLoader classLoader) {
        URL resource = classLoader.getResource(name.startsWith("/") ? name.substring(1) : name);
        if (resource != null) {
            if (!"file".equals(resource.getProtocol())) {
                throw new ExtensionConfigurationException("@MemchaosTest(\"" + name + "\") is inside " + resource
                        + "; memchaos reads a scenario (and the files it names) from a folder: keep it in src/test/resources.");
            }
            try {
                return Path.of(resource.toURI());
            } catch (URISyntaxException e) {
                throw new ExtensionConfigurationException("@MemchaosTest(\"" + name + "\"): cannot read " + resource, e);
            }
        }
        Path asPath = Path.of(name);
        if (Files.isRegularFile(asPath)) {
            return asPath;
        }
        throw new ExtensionConfigurationException("@MemchaosTest(\"" + name + "\"): there is no such file on the test classpath "
                + "(src/test/resources) nor at " + asPath.toAbsolutePath() + ".");
    }
}
