package dev.opencif.domain.identifier;

import static dev.opencif.domain.support.DomainAssertions.assertValidationFails;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BankingUsernameTest {

    @Test
    void lower_cases_and_strips_the_username() {
        assertThat(new BankingUsername("  John.Doe_1-X ").value()).isEqualTo("john.doe_1-x");
    }

    @Test
    void accepts_four_to_thirty_two_characters() {
        assertThat(new BankingUsername("abcd").value()).isEqualTo("abcd");
        assertThat(new BankingUsername("a".repeat(32)).value()).hasSize(32);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "john doe", "jöhn", "john@doe", "john+1", ""})
    void rejects_wrong_length_or_characters(String value) {
        assertValidationFails(() -> new BankingUsername(value), "username");
    }

    @Test
    void rejects_missing_username() {
        assertValidationFails(() -> new BankingUsername(null), "username");
    }

    @Test
    void is_unique_bank_wide() {
        assertThat(new BankingUsername("jdoe").type()).isEqualTo(IdentifierType.BANKING_USERNAME);
        assertThat(IdentifierType.BANKING_USERNAME.uniqueness()).isEqualTo(Uniqueness.BANK_WIDE);
    }
}
