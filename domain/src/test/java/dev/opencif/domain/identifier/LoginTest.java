package dev.opencif.domain.identifier;

import static dev.opencif.domain.support.DomainAssertions.assertValidationFails;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoginTest {

    @ParameterizedTest
    @ValueSource(strings = {"+84912345678", "Jane.Doe@Example.com", "abc", "user_42"})
    void accepts_phone_email_or_user_name_as_sent(String value) {
        assertThat(new Login(value).value()).isEqualTo(value);
    }

    @Test
    void strips_whitespace_and_compares_case_insensitively() {
        Login login = new Login("  Jane.Doe@Example.com ");

        assertThat(login.value()).isEqualTo("Jane.Doe@Example.com");
        assertThat(login.uniqueKey()).isEqualTo(new Login("jane.doe@example.COM").uniqueKey());
    }

    @Test
    void is_unique_per_counterparty() {
        assertThat(new Login("abc").type()).isEqualTo(IdentifierType.LOGIN);
        assertThat(IdentifierType.LOGIN.uniqueness()).isEqualTo(Uniqueness.PER_COUNTERPARTY);
    }

    @Test
    void rejects_logins_shorter_than_three_characters() {
        assertValidationFails(() -> new Login("ab"), "login");
    }

    @Test
    void rejects_logins_longer_than_128_characters() {
        assertThat(new Login("x".repeat(128)).value()).hasSize(128);
        assertValidationFails(() -> new Login("x".repeat(129)), "login");
    }

    @Test
    void rejects_logins_with_inner_spaces() {
        assertValidationFails(() -> new Login("jane doe"), "login");
    }

    @Test
    void rejects_missing_login() {
        assertValidationFails(() -> new Login(null), "login");
    }
}
