package dev.memchaos.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.memchaos.scenario.Metric.Named;
import dev.memchaos.scenario.Tolerance.Form;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each way a tolerance can be written, what it means, and what is refused. */
class ToleranceTest {

    private static final Metric P99 = new Metric.Percentile(99);

    private static Metric metric(String text) {
        return Metric.byText(text).orElseThrow();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
            p(99)                | 25%     | RELATIVE | 0.25
            p(99)                | +25 %   | RELATIVE | 0.25
            p(99)                | 0%      | RELATIVE | 0
            p(99)                | 150%    | RELATIVE | 1.5
            p(99.9)              | 10.5%   | RELATIVE | 0.105
            gcPause.p99          | 2ms     | ABSOLUTE | 2
            gcPause.p99          | 500us   | ABSOLUTE | 0.5
            latency.max          | 0.25s   | ABSOLUTE | 250
            latency.max          | 0ms     | ABSOLUTE | 0
            allocBytesPerRequest | 10%     | RELATIVE | 0.1
            allocBytesPerRequest | 1MiB    | ABSOLUTE | 1048576
            allocBytesPerRequest | 512B    | ABSOLUTE | 512
            heap.inUse           | 0B      | ABSOLUTE | 0
            errors               | 5       | ABSOLUTE | 5
            errors               | 0       | ABSOLUTE | 0
            mallocsPerRequest    | 2.5     | ABSOLUTE | 2.5
            gcCycles             | 20%     | RELATIVE | 0.2
            errorRate            | 0.5%    | ABSOLUTE | 0.005
            errorRate            | 0.005   | ABSOLUTE | 0.005
            memory.peakRatio     | 10%     | ABSOLUTE | 0.1
            memory.peakRatio     | 100%    | ABSOLUTE | 1
            oomKilled            | 0       | ABSOLUTE | 0
            steadyState.after    | 0.0     | ABSOLUTE | 0
            """)
    void readsEachForm(String metric, String text, Form form, double amount) {
        assertThat(Tolerance.parse(metric(metric), text)).isEqualTo(new Tolerance(metric(metric), form, amount));
    }

    @Test
    void describesWhatIsRequiredInTheMetricsUnit() {
        assertThat(Tolerance.parse(P99, "25%").describe()).isEqualTo("p(99) may rise at most 25% over the baseline");
        assertThat(Tolerance.parse(P99, "10.5%").allowance()).isEqualTo("10.5%");
        assertThat(Tolerance.parse(Named.GC_PAUSE_P99, "2ms").describe())
                .isEqualTo("gcPause.p99 may rise at most 2ms over the baseline");
        assertThat(Tolerance.parse(Named.LATENCY_MAX, "0.5s").allowance()).isEqualTo("500ms");
        assertThat(Tolerance.parse(Named.ALLOC_BYTES_PER_REQUEST, "1MiB").allowance()).isEqualTo("1MiB");
        assertThat(Tolerance.parse(Named.ERRORS, "3").allowance()).isEqualTo("3");
        assertThat(Tolerance.parse(Named.ERROR_RATE, "0.5%").describe())
                .isEqualTo("errorRate may rise at most 0.5 percentage points over the baseline");
        assertThat(Tolerance.parse(Named.ERROR_RATE, "1%").allowance()).isEqualTo("1 percentage point");
        assertThat(Tolerance.parse(Named.ERRORS, "0").describe()).isEqualTo("errors may not rise above the baseline");
        assertThat(Tolerance.parse(Named.OOM_KILLED, "0").describe())
                .isEqualTo("oomKilled may not turn true where the baseline was false");
        assertThat(Tolerance.parse(Named.STEADY_STATE_AFTER, "0").describe())
                .isEqualTo("steadyState.after may not turn false where the baseline was true");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
            p(99)                | fast  | expected a percentage like 25% or a time like 5ms, got "fast"
            p(99)                | 5     | expected a percentage like 25% or a time like 5ms, got "5"; add a unit, like 5ms
            p(99)                | 5MiB  | expected a percentage like 25% or a time like 5ms, got "5MiB"
            p(99)                | -5ms  | cannot be negative: it is how far p(99) may rise compared with the baseline, like 25% or 5ms; got "-5ms"
            p(99)                | -10%  | cannot be negative: it is how far p(99) may rise compared with the baseline, like 25% or 5ms; got "-10%"
            allocBytesPerRequest | 100   | expected a percentage like 10% or a size like 1MiB, got "100"; add a unit, like 100KiB
            allocBytesPerRequest | 2ms   | expected a percentage like 10% or a size like 1MiB, got "2ms"
            errors               | a few | expected a percentage like 10% or a plain number like 5, got "a few"
            errors               | 5ms   | expected a percentage like 10% or a plain number like 5, got "5ms"
            errorRate            | 5     | errorRate is a ratio from 0 to 1 and its tolerance is in percentage points: write 5% or 0.05, not 5
            errorRate            | 150%  | errorRate is a ratio from 0 to 1, so it cannot move by more than 100 percentage points; got "150%"
            errorRate            | lots  | expected percentage points like 0.5% or a number from 0 to 1 like 0.005, got "lots"
            oomKilled            | 10%   | oomKilled is true or false, so it takes no tolerance: write 0 to count any change for the worse (false in the baseline, true now) as a regression; got "10%"
            oomKilled            | false | oomKilled is true or false, so it takes no tolerance: write 0 to count any change for the worse (false in the baseline, true now) as a regression; got "false"
            steadyState.before   | 1     | steadyState.before is true or false, so it takes no tolerance: write 0 to count any change for the worse (true in the baseline, false now) as a regression; got "1"
            requests             | 10%   | requests (requests sent during the run) is neither better higher nor lower, so it cannot regress; remove it
            memory.limit         | 1MiB  | memory.limit (the hard memory limit of the target's container) is neither better higher nor lower, so it cannot regress; remove it
            """)
    void refusesWithASentence(String metric, String text, String message) {
        assertThatThrownBy(() -> Tolerance.parse(metric(metric), text))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void theRecordKeepsTheSameRules() {
        assertThatThrownBy(() -> Tolerance.relative(Named.ERROR_RATE, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Tolerance.absolute(Named.OOM_KILLED, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Tolerance.absolute(Named.REQUESTS, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Tolerance.absolute(P99, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Regression.of(Tolerance.relative(P99, 10), Tolerance.absolute(P99, 5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Tolerance.relative(P99, 25)).isEqualTo(Tolerance.parse(P99, "25%"));
    }
}
