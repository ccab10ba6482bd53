package dev.memchaos.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.memchaos.backend.Target;
import dev.memchaos.scenario.FaultSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The registry sends each spec to the injector of its type, refuses the others in one sentence, and reverts once. */
class InjectorsTest {

    private final List<String> calls = new ArrayList<>();

    private final class RecordingKill implements Injector<FaultSpec.Kill, Target> {

        @Override
        public Class<FaultSpec.Kill> specType() {
            return FaultSpec.Kill.class;
        }

        @Override
        public String faultType() {
            return FaultSpec.Kill.TYPE;
        }

        @Override
        public Applied apply(Target target, FaultSpec.Kill spec) {
            calls.add("kill restart=" + spec.restart());
            return Applied.of(Map.of("recoveryS", 1.5), () -> calls.add("revert"));
        }
    }

    @Test
    void aSpecGoesToTheInjectorOfItsTypeAndIsRevertedOnce() {
        Injectors<Target> injectors = Injectors.<Target>builder().with(new RecordingKill()).build();

        Applied applied = injectors.apply(null, new FaultSpec.Kill(Duration.ZERO, true));
        applied.close();
        applied.close();

        assertThat(applied.observed()).containsEntry("recoveryS", 1.5);
        assertThat(calls).containsExactly("kill restart=true", "revert");
        assertThat(injectors.faultTypes()).containsExactly("kill");
    }

    @Test
    void aTypeWithoutAnInjectorIsRefusedNamingWhatCanBeInjected() {
        Injectors<Target> injectors = Injectors.<Target>builder().with(new RecordingKill()).build();

        assertThatThrownBy(() -> injectors.apply(null, FaultSpec.MemoryLimit.toFraction(Duration.ZERO, Duration.ofSeconds(1), 0.5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("this backend cannot inject memory-limit faults (it can: kill)");
    }

    @Test
    void twoInjectorsForOneTypeAreRefused() {
        Injectors.Builder<Target> builder = Injectors.<Target>builder().with(new RecordingKill());

        assertThatThrownBy(() -> builder.with(new RecordingKill()))
                .hasMessage("two injectors for kill faults: register one");
    }
}
