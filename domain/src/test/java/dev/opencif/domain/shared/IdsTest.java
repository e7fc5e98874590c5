package dev.opencif.domain.shared;

import static dev.opencif.domain.support.DomainAssertions.assertValidationFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opencif.domain.customer.CustomerId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdsTest {
    private static final String TEXT = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";

    @Test
    void parses_canonical_uuid() {
        assertThat(Ids.parseUuid(TEXT, "id")).isEqualTo(UUID.fromString(TEXT));
    }

    @Test
    void accepts_upper_case_and_surrounding_whitespace() {
        assertThat(Ids.parseUuid(" " + TEXT.toUpperCase() + " ", "id")).isEqualTo(UUID.fromString(TEXT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1-1-1-1-1", "not-a-uuid", "", "3f2504e0-4f89-11d3-9a0c-0305e82c33011", "3f2504e04f8911d39a0c0305e82c3301"})
    void rejects_non_canonical_or_malformed_text(String value) {
        assertValidationFails(() -> Ids.parseUuid(value, "customerId"), "customerId");
    }

    @Test
    void rejects_missing_value() {
        assertValidationFails(() -> Ids.parseUuid(null, "accountId"), "accountId");
    }

    @Test
    void typed_ids_name_their_own_field() {
        assertThat(CustomerId.parse(TEXT).value()).isEqualTo(UUID.fromString(TEXT));
        assertValidationFails(() -> CustomerId.parse("nope"), "customerId");
    }
}
