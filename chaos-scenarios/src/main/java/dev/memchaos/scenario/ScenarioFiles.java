package dev.memchaos.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * A file a scenario reads ({@code bodyFile}, {@code feeder}): named relative to the scenario's folder and kept inside
 * it, so that the run's archive can copy it beside {@code scenario.yaml} at the same relative path and a replay finds it.
 */
final class ScenarioFiles {

    private ScenarioFiles() {
    }

    /** The file as written, checked; each failure message is a sentence for the user. */
    static String check(String written, Path folder) {
        String name = written.strip();
        Path relative;
        try {
            relative = Path.of(name);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("\"" + written + "\" is not a file name");
        }
        if (name.isEmpty()) {
            throw new IllegalArgumentException("expected a file name relative to the scenario's folder, like payloads/big.json");
        }
        if (relative.isAbsolute() || name.startsWith("/") || name.startsWith("\\")) {
            throw new IllegalArgumentException("\"" + written + "\" is an absolute path; name the file relative to the"
                    + " scenario's folder (and keep it there), so the run's archive can keep a copy beside scenario.yaml");
        }
        for (Path part : relative) {
            if (part.toString().equals("..")) {
                throw new IllegalArgumentException("\"" + written + "\" leaves the scenario's folder; keep the file inside"
                        + " it (no \"..\"), so the run's archive can keep a copy beside scenario.yaml");
            }
        }
        Path file = folder.resolve(relative).normalize();
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("there is no file " + file + "; \"" + written
                    + "\" is read relative to the scenario's folder");
        }
        try {
            if (!file.toRealPath().startsWith(folder.toRealPath())) {
                throw new IllegalArgumentException("\"" + written + "\" is a link that leads out of the scenario's folder;"
                        + " copy the file into the folder instead");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("\"" + written + "\" cannot be read: " + e.getMessage());
        }
        return relative.normalize().toString().replace('\\', '/');
    }
}
