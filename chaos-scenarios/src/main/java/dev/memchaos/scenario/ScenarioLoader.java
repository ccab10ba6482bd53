package dev.memchaos.scenario;

import java.nio.file.Path;

/** Loads scenario files; the whole file is validated and every problem reported before anything runs. */
public final class ScenarioLoader {

    private ScenarioLoader() {
    }

    /**
     * Loads a scenario file; the files it names ({@code bodyFile}, {@code feeder}) are read from its folder. Only a
     * regular file of at most {@link ScenarioFile#MAX_BYTES} is read ({@link ScenarioFile}).
     */
    public static Scenario load(Path file) throws ScenarioException {
        String text = ScenarioFile.read(file);
        return parse(text, file.toString(), file.toAbsolutePath().normalize().getParent());
    }

    /**
     * Parses scenario YAML; {@code sourceName} is how problems refer to the text, usually its file name. The files
     * it names are read from the working directory.
     */
    public static Scenario parse(String yamlText, String sourceName) throws ScenarioException {
        return parse(yamlText, sourceName, Path.of("").toAbsolutePath());
    }

    /** Parses scenario YAML whose named files ({@code bodyFile}, {@code feeder}) are in {@code folder}. */
    public static Scenario parse(String yamlText, String sourceName, Path folder) throws ScenarioException {
        return ScenarioReader.read(yamlText, sourceName, folder.toAbsolutePath().normalize());
    }
}
