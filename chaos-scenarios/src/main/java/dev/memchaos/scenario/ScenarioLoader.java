package dev.memchaos.scenario;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Loads scenario files; the whole file is validated and every problem reported before anything runs. */
public final class ScenarioLoader {

    private ScenarioLoader() {
    }

    /** Loads a scenario file; the files it names ({@code bodyFile}, {@code feeder}) are read from its folder. */
    public static Scenario load(Path file) throws ScenarioException {
        return parse(read(file), file.toString(), file.toAbsolutePath().normalize().getParent());
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

    private static String read(Path file) throws ScenarioException {
        String problem;
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            problem = "there is no scenario file here; check the path";
        } catch (CharacterCodingException e) {
            problem = "the file is not UTF-8 text; save it as UTF-8";
        } catch (IOException e) {
            problem = Files.isDirectory(file) ? "this is a directory; give the path of a scenario .yaml file"
                    : "the file cannot be read (" + e.getMessage() + "); check that it exists and is readable";
        }
        throw new ScenarioException(file.toString(), List.of(new Problem("", 0, problem)));
    }
}
