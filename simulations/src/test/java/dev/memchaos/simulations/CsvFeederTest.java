package dev.memchaos.simulations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFeederTest {

    @TempDir
    Path dir;

    @Test
    void readsRecordsByTheHeaderLineFromAnyFolderEvenSrcTestResources() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("src/test/resources/scenarios"));
        Path file = Files.writeString(folder.resolve("users.csv"), "user,team\nann,\"pay, ments\"\nbob,search\n");

        assertThat(CsvFeeder.records(file)).containsExactly(
                Map.of("user", "ann", "team", "pay, ments"), Map.of("user", "bob", "team", "search"));
    }

    @Test
    void aFeederWithoutRecordsIsRefusedWithASentence() throws Exception {
        Path file = Files.writeString(dir.resolve("empty.csv"), "user,team\n");

        assertThatThrownBy(() -> CsvFeeder.records(file)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("has a header line but no records");
    }
}
