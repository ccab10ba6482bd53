package dev.memchaos.simulations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GatlingElTest {

    @Test
    void findsEachAttributeAndBuiltInCallOnce() {
        assertThat(GatlingEl.references("/orders/#{seq}?u=#{user.id}&x=#{items(0)}&r=#{randomInt(1,1000)}&id=#{ randomUuid() }"))
                .extracting(GatlingEl.Reference::name, GatlingEl.Reference::call, GatlingEl.Reference::builtIn)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("seq", false, false),
                        org.assertj.core.groups.Tuple.tuple("user", false, false),
                        org.assertj.core.groups.Tuple.tuple("items", true, false),
                        org.assertj.core.groups.Tuple.tuple("randomInt", true, true),
                        org.assertj.core.groups.Tuple.tuple("randomUuid", true, true));
    }

    @Test
    void plainTextAndEscapedExpressionsNameNothing() {
        assertThat(GatlingEl.references("/healthz")).isEmpty();
        assertThat(GatlingEl.references("{\"a\": 1} and \\#{literal}")).isEmpty();
    }

    @Test
    void anExpressionLeftOpenOrEmptyIsRefused() {
        assertThatThrownBy(() -> GatlingEl.references("/a/#{seq")).hasMessage("\"#{\" at character 4 is not closed by \"}\"");
        assertThatThrownBy(() -> GatlingEl.references("#{a #{b}")).hasMessageContaining("character 1 is not closed");
        assertThatThrownBy(() -> GatlingEl.references("x#{}")).hasMessageContaining("names nothing");
    }
}
