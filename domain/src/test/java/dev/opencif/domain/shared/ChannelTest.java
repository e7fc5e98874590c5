package dev.opencif.domain.shared;

import static dev.opencif.domain.support.DomainAssertions.assertValidationFails;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChannelTest {

    @Test
    void of_normalises_case_dashes_and_spaces() {
        assertThat(Channel.of(" call-action ").value()).isEqualTo("CALL_ACTION");
        assertThat(Channel.of("mobile app").value()).isEqualTo("MOBILE_APP");
        assertThat(Channel.of("esb")).isEqualTo(Channel.ESB);
    }

    @Test
    void the_dialect_channels_are_predefined() {
        assertThat(Channel.ESB.value()).isEqualTo("ESB");
        assertThat(Channel.INTERAPI.value()).isEqualTo("INTERAPI");
        assertThat(Channel.COUNTERPARTY.value()).isEqualTo("COUNTERPARTY");
        assertThat(Channel.BLINK.value()).isEqualTo("BLINK");
        assertThat(Channel.CALLACTION.value()).isEqualTo("CALLACTION");
        assertThat(Channel.EMBEDDED).hasToString("EMBEDDED");
    }

    @Test
    void accepts_up_to_thirty_two_characters() {
        assertThat(new Channel("A".repeat(32)).value()).hasSize(32);
        assertValidationFails(() -> new Channel("A".repeat(33)), "channel");
    }

    @ParameterizedTest
    @ValueSource(strings = {"esb", "", "API.V2", "A-B", "Ä"})
    void rejects_tokens_that_are_not_upper_case_letters_digits_or_underscores(String value) {
        assertValidationFails(() -> new Channel(value), "channel");
    }

    @Test
    void rejects_missing_channel() {
        assertValidationFails(() -> Channel.of(null), "channel");
    }

    @Test
    void the_channel_an_envelope_states_is_kept_as_a_token_or_the_dialect_is_used() {
        assertThat(Channel.statedOr("MB", Channel.ESB)).isEqualTo(Channel.of("MB"));
        assertThat(Channel.statedOr("Mobile app", Channel.ESB)).isEqualTo(new Channel("MOBILE_APP"));
        assertThat(Channel.statedOr(" ", Channel.ESB)).isEqualTo(Channel.ESB);
        assertThat(Channel.statedOr(null, Channel.INTERAPI)).isEqualTo(Channel.INTERAPI);
        assertThat(Channel.statedOr("web/portal", Channel.ESB)).isEqualTo(Channel.ESB);
        assertThat(Channel.statedOr("x".repeat(33), Channel.ESB)).isEqualTo(Channel.ESB);
    }
}
