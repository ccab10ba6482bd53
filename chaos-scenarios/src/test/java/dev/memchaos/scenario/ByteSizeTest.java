package dev.memchaos.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ByteSizeTest {

    @ParameterizedTest
    @CsvSource({
            "64MiB, 67108864",
            "512KiB, 524288",
            "1GiB, 1073741824",
            "1.5GiB, 1610612736",
            "1048576B, 1048576",
            "123B, 123",
            "100MB, 100000000",
            "2KB, 2000",
            "1GB, 1000000000"})
    void parses(String text, long bytes) {
        assertThat(ByteSize.parse(text).bytes()).isEqualTo(bytes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"64MiB", "1.5GiB", "512KiB", "123B", "1023B", "2TiB"})
    void formatsAndParsesBack(String text) {
        ByteSize size = ByteSize.parse(text);
        assertThat(size.toString()).isEqualTo(text);
        assertThat(ByteSize.parse(size.toString())).isEqualTo(size);
    }

    @Test
    void formatsMeasuredValuesWithOneDecimal() {
        assertThat(ByteSize.format(120.3 * 1024)).isEqualTo("120.3KiB");
        assertThat(ByteSize.format(1048576)).isEqualTo("1MiB");
        assertThat(ByteSize.format(1024 * 1024 - 1)).isEqualTo("1MiB");
        assertThat(ByteSize.ofMiB(128).toString()).isEqualTo("128MiB");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-64MiB", "64", "MiB", "", "64XiB", "1.GiB"})
    void rejectsWhatIsNotASize(String text) {
        assertThatThrownBy(() -> ByteSize.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected a size like 64MiB, got \"" + text + "\"");
    }

    @Test
    void saysHowUnitsAreWritten() {
        assertThatThrownBy(() -> ByteSize.parse("64 mb")).hasMessage("expected a size like 64MiB, got \"64 mb\";"
                + " units are written exactly so: B, KiB, MiB, GiB, TiB, KB, MB, GB or TB");
        assertThatThrownBy(() -> ByteSize.parse("512m")).hasMessage("expected a size like 64MiB, got \"512m\";"
                + " memchaos does not read Docker's one-letter units: write MiB for Docker's m, GiB for its g");
    }

    @Test
    void rejectsZeroAndHugeSizes() {
        assertThatThrownBy(() -> ByteSize.parse("0B")).hasMessageContaining("above zero");
        assertThatThrownBy(() -> ByteSize.parse("99999999999TiB")).hasMessageContaining("too large");
    }

    @Test
    void durations() {
        assertThat(DurationText.parse("250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(DurationText.parse("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(DurationText.parse("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(DurationText.parse("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(DurationText.parse("1.5s")).isEqualTo(Duration.ofMillis(1500));
        assertThat(DurationText.format(Duration.ofMillis(1500))).isEqualTo("1500ms");
        assertThat(DurationText.format(Duration.ofMinutes(2))).isEqualTo("2m");
        assertThatThrownBy(() -> DurationText.parse("-5s"))
                .hasMessage("expected a duration like 30s, 250ms or 2m, got \"-5s\"");
        assertThatThrownBy(() -> DurationText.parse("30")).isInstanceOf(IllegalArgumentException.class);
    }
}
