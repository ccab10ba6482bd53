package dev.memchaos.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run id is a folder name and a label whatever the scenario is called; the name stays recognisable. */
class RunIdTest {

    private static final String STAMP = "\\d{8}-\\d{6}-";
    private static final String RANDOM = "-[0-9a-f]{6}";

    @TempDir
    Path results;

    private void assertUsableAsAFolder(RunId id) throws IOException {
        assertThat(id.value().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(128);
        assertThat(Files.createDirectory(results.resolve(id.value()))).isDirectory();
    }

    @Test
    void aCatalogNameIsKeptAsItIs() throws IOException {
        RunId id = RunId.next("parse-1200-keys");

        assertThat(id.value()).matches(STAMP + "parse-1200-keys" + RANDOM);
        assertUsableAsAFolder(id);
    }

    @Test
    void aLongNameIsShortenedAndKeepsItsStart() throws IOException {
        String name = "memory-pressure-" + "x".repeat(284);

        RunId id = RunId.next(name);

        assertThat(id.value()).matches(STAMP + "memory-pressure-x{20,}-[0-9a-f]{8}" + RANDOM);
        assertUsableAsAFolder(id);
    }

    @Test
    void namesThatShareTheirStartStayApart() {
        String start = "a".repeat(200);

        assertThat(RunId.next(start + "-one").value().replaceAll(RANDOM + "$", "").substring(16))
                .isNotEqualTo(RunId.next(start + "-two").value().replaceAll(RANDOM + "$", "").substring(16));
    }

    @Test
    void aNonAsciiNameIsWrittenInAsciiAndStaysRecognisable() throws IOException {
        RunId id = RunId.next("ñandú-pressión");

        assertThat(id.value()).matches(STAMP + "nandu-pression-[0-9a-f]{8}" + RANDOM);
        assertUsableAsAFolder(id);
    }

    @Test
    void aNameOfNothingButOtherScriptsOrControlsStillMakesAnId() throws IOException {
        for (String name : new String[] {"内存压力", "\u0000\u001b[31m", "", "../../etc/passwd", "٨٠٨٠".repeat(500)}) {
            RunId id = RunId.next(name);

            assertThat(id.value()).matches(STAMP + "[A-Za-z0-9._-]*[0-9a-f]{8}" + RANDOM).doesNotContain("/", "..");
            assertUsableAsAFolder(id);
        }
    }
}
