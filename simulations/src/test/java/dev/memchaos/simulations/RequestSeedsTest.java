package dev.memchaos.simulations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RequestSeedsTest {

    @AfterEach
    void clear() {
        System.clearProperty(LoadParameters.SEED);
    }

    private static List<String> first(RequestSeeds seeds, int n) {
        return IntStream.range(0, n).mapToObj(i -> seeds.next()).toList();
    }

    @Test
    void withoutTheSystemPropertyThereAreNoSeeds() {
        assertThat(RequestSeeds.fromSystemProperties()).isEmpty();
        System.setProperty(LoadParameters.SEED, " ");
        assertThat(RequestSeeds.fromSystemProperties()).isEmpty();
    }

    @Test
    void requestNCarriesBasePlusN() {
        System.setProperty(LoadParameters.SEED, "42");

        assertThat(first(RequestSeeds.fromSystemProperties().orElseThrow(), 3)).containsExactly("42", "43", "44");
    }

    @Test
    void aReplayWithTheSameBaseSendsTheSameSeedsEvenFromManyThreads() {
        Set<String> run = ConcurrentHashMap.newKeySet();
        RequestSeeds seeds = RequestSeeds.startingAt(7);
        IntStream.range(0, 10_000).parallel().forEach(i -> run.add(seeds.next()));

        assertThat(run).hasSize(10_000).containsExactlyInAnyOrderElementsOf(first(RequestSeeds.startingAt(7), 10_000));
    }

    @Test
    void seedsAreTheUnsignedDecimalsGoParsesAndWrapAround() {
        System.setProperty(LoadParameters.SEED, "-1");
        assertThat(first(RequestSeeds.fromSystemProperties().orElseThrow(), 2)).containsExactly("18446744073709551615", "0");

        System.setProperty(LoadParameters.SEED, "18446744073709551615");
        assertThat(first(RequestSeeds.fromSystemProperties().orElseThrow(), 1)).containsExactly("18446744073709551615");
    }

    @Test
    void aSeedThatIsNoIntegerIsRefusedByName() {
        System.setProperty(LoadParameters.SEED, "abc");

        assertThatThrownBy(RequestSeeds::fromSystemProperties).hasMessageContaining("memchaos.seed").hasMessageContaining("abc");
    }
}
