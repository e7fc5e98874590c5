package dev.opencif.domain.identifier;

import static dev.opencif.domain.support.DomainAssertions.assertValidationFails;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @Test
    void lower_cases_the_domain_and_keeps_the_local_part() {
        assertThat(new EmailAddress("John.Doe@Example.COM").value()).isEqualTo("John.Doe@example.com");
    }

    @Test
    void strips_surrounding_whitespace() {
        assertThat(new EmailAddress("  jane@example.org \n").value()).isEqualTo("jane@example.org");
    }

    @Test
    void unique_key_ignores_case_entirely() {
        assertThat(new EmailAddress("John.Doe@Example.COM").uniqueKey()).isEqualTo("john.doe@example.com");
    }

    @Test
    void is_an_email_identifier_that_need_not_be_unique() {
        EmailAddress email = new EmailAddress("jane@example.org");

        assertThat(email.type()).isEqualTo(IdentifierType.EMAIL);
        assertThat(email.type().uniqueness()).isEqualTo(Uniqueness.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "plain", "jane@localhost", "@example.com", "jane@", "ja ne@example.com", "jane@-example.com",
            "jane@example-.com", "jane@example..com", "jane@@example.com", "jane@exa_mple.com", ""
    })
    void rejects_malformed_addresses(String value) {
        assertValidationFails(() -> new EmailAddress(value), "email");
    }

    @Test
    void rejects_local_part_longer_than_64_characters() {
        assertThat(new EmailAddress("a".repeat(64) + "@example.com").value()).startsWith("a".repeat(64));
        assertValidationFails(() -> new EmailAddress("a".repeat(65) + "@example.com"), "email");
    }

    @Test
    void rejects_address_longer_than_254_characters() {
        String longDomain = ("d".repeat(60) + ".").repeat(4) + "com"; // 247 characters
        assertValidationFails(() -> new EmailAddress("abcdefg@" + longDomain), "email");
    }

    @Test
    void rejects_missing_address() {
        assertValidationFails(() -> new EmailAddress(null), "email");
    }

    @Test
    void to_string_masks_the_local_part() {
        assertThat(new EmailAddress("jane.doe@example.org").toString()).isEqualTo("j***@example.org");
    }
}
