package dev.memchaos.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.memchaos.scenario.FaultSpec.Kill;
import dev.memchaos.scenario.FaultSpec.MemoryLimit;
import dev.memchaos.scenario.FaultSpec.MemoryPressure;
import dev.memchaos.scenario.FaultSpec.NetworkDelay;
import dev.memchaos.scenario.FaultSpec.NetworkDelay.NetworkPath;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The fault records: their timing, step sizes, lowered limits, archived parameters and descriptions. */
class FaultSpecTest {

    private static Duration s(long seconds) {
        return Duration.ofSeconds(seconds);
    }

    private static final MemoryPressure PRESSURE = new MemoryPressure(s(10), s(20), ByteSize.ofMiB(40), 4);
    private static final MemoryLimit LIMIT = MemoryLimit.to(s(10), s(15), ByteSize.ofMiB(48));
    private static final MemoryLimit HALF = MemoryLimit.toFraction(s(10), s(15), 0.5);
    private static final NetworkDelay DELAY = new NetworkDelay(s(5), s(20), NetworkPath.CLIENT,
            Duration.ofMillis(200), Duration.ofMillis(50));
    private static final Kill KILL = new Kill(s(15), true);

    @Test
    void knowsEveryTypeName() {
        assertThat(FaultSpec.TYPES).containsExactly("memory-pressure", "memory-limit", "network-delay", "kill");
        assertThat(FaultSpec.TYPES).containsExactlyInAnyOrder(
                PRESSURE.type(), LIMIT.type(), DELAY.type(), KILL.type());
    }

    @Test
    void describesEachFaultInOneSentence() {
        assertThat(PRESSURE.describe()).isEqualTo("memory pressure of 40MiB in 4 steps from 10s for 20s");
        assertThat(new MemoryPressure(s(0), s(5), ByteSize.ofMiB(8), 1).describe())
                .isEqualTo("memory pressure of 8MiB from 0s for 5s");
        assertThat(LIMIT.describe()).isEqualTo("memory limit lowered to 48MiB from 10s for 15s");
        assertThat(HALF.describe()).isEqualTo("memory limit lowered to 50% of the variant's limit from 10s for 15s");
        assertThat(DELAY.describe())
                .isEqualTo("network delay of 200ms with 50ms jitter on the load generator's calls to the target"
                        + " from 5s for 20s");
        assertThat(new NetworkDelay(s(1), Duration.ofMillis(1500), NetworkPath.DOWNSTREAM, s(1), Duration.ZERO)
                .describe())
                .isEqualTo("network delay of 1s on the target's calls to its downstream from 1s for 1500ms");
        assertThat(KILL.describe()).isEqualTo("SIGKILL of the target at 15s, then a restart");
        assertThat(new Kill(s(15), false).describe()).isEqualTo("SIGKILL of the target at 15s without a restart");
    }

    @Test
    void archivesTheTypeSpecificParametersAsPlainValues() {
        assertThat(PRESSURE.params()).containsExactly(entry("size", "40MiB"), entry("steps", 4));
        assertThat(LIMIT.params()).containsExactly(entry("limit", "48MiB"));
        assertThat(HALF.params()).containsExactly(entry("fraction", 0.5));
        assertThat(DELAY.params()).containsExactly(
                entry("path", "client"), entry("latency", "200ms"), entry("jitter", "50ms"));
        assertThat(KILL.params()).containsExactly(entry("restart", true));
        assertThatThrownBy(() -> KILL.params().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    private static Map.Entry<String, Object> entry(String name, Object value) {
        return Map.entry(name, value);
    }

    @Test
    void endsAfterItsDurationAndAKillIsInstant() {
        assertThat(PRESSURE.end()).isEqualTo(s(30));
        assertThat(KILL.duration()).isEqualTo(Duration.ZERO);
        assertThat(KILL.end()).isEqualTo(s(15));
    }

    @Test
    void memoryPressureReachesItsSizeInEqualSteps() {
        assertThat(PRESSURE.sizeAtStep(0)).isEqualTo(new ByteSize(0));
        assertThat(PRESSURE.sizeAtStep(1)).isEqualTo(ByteSize.ofMiB(10));
        assertThat(PRESSURE.sizeAtStep(3)).isEqualTo(ByteSize.ofMiB(30));
        assertThat(PRESSURE.sizeAtStep(4)).isEqualTo(ByteSize.ofMiB(40));
        assertThat(PRESSURE.stepAt(1)).isEqualTo(s(10));
        assertThat(PRESSURE.stepAt(4)).isEqualTo(s(25));

        MemoryPressure uneven = new MemoryPressure(s(0), s(3), new ByteSize(10), 3);
        assertThat(uneven.sizeAtStep(1)).isEqualTo(new ByteSize(3));
        assertThat(uneven.sizeAtStep(2)).isEqualTo(new ByteSize(6));
        assertThat(uneven.sizeAtStep(3)).isEqualTo(new ByteSize(10));
        assertThatThrownBy(() -> PRESSURE.sizeAtStep(5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void memoryLimitIsAFixedSizeOrAFractionOfTheVariantsLimit() {
        long mib128 = ByteSize.ofMiB(128).bytes();

        assertThat(LIMIT.limitBytesFor(mib128)).isEqualTo(ByteSize.ofMiB(48).bytes());
        assertThat(HALF.limitBytesFor(mib128)).isEqualTo(ByteSize.ofMiB(64).bytes());
        assertThat(HALF.limitBytesFor(ByteSize.ofMiB(96).bytes())).isEqualTo(ByteSize.ofMiB(48).bytes());
        assertThat(MemoryLimit.toFraction(s(0), s(1), 0.3).limitBytesFor(1001)).isEqualTo(300);
    }

    @Test
    void refusesInconsistentFaultsBuiltInCode() {
        assertThatThrownBy(() -> new MemoryLimit(s(0), s(1), Optional.of(ByteSize.ofMiB(1)), OptionalDouble.of(0.5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MemoryLimit(s(0), s(1), Optional.empty(), OptionalDouble.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MemoryLimit.toFraction(s(0), s(1), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MemoryPressure(s(0), s(1), ByteSize.ofMiB(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MemoryPressure(s(-1), s(1), ByteSize.ofMiB(1), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MemoryPressure(s(0), Duration.ZERO, ByteSize.ofMiB(1), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Kill(s(-1), false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void networkPathsAreWrittenInLowerCase() {
        assertThat(NetworkPath.byText("client")).contains(NetworkPath.CLIENT);
        assertThat(NetworkPath.byText("downstream")).contains(NetworkPath.DOWNSTREAM);
        assertThat(NetworkPath.byText("CLIENT")).isEmpty();
    }

    @Test
    void sizesHaveAnExactText() {
        assertThat(ByteSize.ofMiB(40).exact()).isEqualTo("40MiB");
        assertThat(ByteSize.parse("1.5GiB").exact()).isEqualTo("1536MiB");
        assertThat(ByteSize.parse("100MB").exact()).isEqualTo("100000000B");
        assertThat(ByteSize.parse("2KiB").exact()).isEqualTo("2KiB");
    }
}
