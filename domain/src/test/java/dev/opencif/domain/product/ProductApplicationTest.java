package dev.opencif.domain.product;

import static dev.opencif.domain.support.DomainAssertions.assertInvalidTransition;
import static dev.opencif.domain.support.DomainAssertions.assertValidationFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.shared.Money;
import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProductApplicationTest {
    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(3600);
    private static final URI URL = URI.create("https://bank.example.com/applications/42");
    private static final Money AMOUNT = Money.of("250000", "TRY", 2);

    private static ProductApplication application(ApplicationStatus status, URI url, Money amount) {
        return new ProductApplication(ApplicationId.random(), CustomerId.random(), " ext-42 ", "Consumer loan", "LOAN",
                url, "callAction", status, amount, NOW, NOW, 0);
    }

    @Test
    void keeps_a_valid_application() {
        ProductApplication app = application(ApplicationStatus.SUBMITTED, URL, AMOUNT);

        assertThat(app.externalId()).isEqualTo("ext-42");
        assertThat(app.amount()).isEqualTo(AMOUNT);
        assertThat(app.status().isPending()).isTrue();
    }

    @Test
    void amount_is_optional() {
        assertThat(application(ApplicationStatus.DRAFT, URL, null).amount()).isNull();
    }

    @Test
    void rejects_a_relative_url() {
        assertValidationFails(() -> application(ApplicationStatus.DRAFT, URI.create("/applications/42"), AMOUNT), "url");
        assertValidationFails(() -> application(ApplicationStatus.DRAFT, null, AMOUNT), "url");
    }

    @Test
    void url_fits_the_2048_characters_the_store_holds() {
        String base = "https://bank.example/a/";
        URI longest = URI.create(base + "x".repeat(2048 - base.length()));
        URI tooLong = URI.create(base + "x".repeat(2049 - base.length()));

        assertThat(application(ApplicationStatus.DRAFT, longest, AMOUNT).url()).isEqualTo(longest);
        ValidationException e = assertValidationFails(() -> application(ApplicationStatus.DRAFT, tooLong, AMOUNT), "url");
        assertThat(e.getMessage()).contains("at most 2048 characters");
    }

    @Test
    void rejects_an_amount_that_is_not_positive() {
        assertValidationFails(() -> application(ApplicationStatus.DRAFT, URL, Money.of("0", "TRY", 2)), "amount");
        assertValidationFails(() -> application(ApplicationStatus.DRAFT, URL, Money.of("-1", "TRY", 2)), "amount");
    }

    @Test
    void requires_the_descriptive_fields() {
        assertValidationFails(() -> new ProductApplication(ApplicationId.random(), CustomerId.random(), " ", "n", "p", URL, "s",
                ApplicationStatus.DRAFT, null, NOW, NOW, 0), "externalId");
        assertValidationFails(() -> new ProductApplication(ApplicationId.random(), null, "e", "n", "p", URL, "s",
                ApplicationStatus.DRAFT, null, NOW, NOW, 0), "customerInternalId");
        assertValidationFails(() -> new ProductApplication(ApplicationId.random(), CustomerId.random(), "e", "n", "p", URL, "s",
                null, null, NOW, NOW, 0), "businessStatus");
    }

    @Test
    void a_pending_application_takes_the_update() {
        ProductApplication app = application(ApplicationStatus.SUBMITTED, URL, AMOUNT);
        URI newUrl = URI.create("https://bank.example.com/applications/42/v2");

        ProductApplication updated = app.update("Car loan", "AUTO_LOAN", newUrl, "branch", ApplicationStatus.APPROVED, null, LATER);

        assertThat(updated.id()).isEqualTo(app.id());
        assertThat(updated.externalId()).isEqualTo(app.externalId());
        assertThat(updated.createdAt()).isEqualTo(NOW);
        assertThat(updated.updatedAt()).isEqualTo(LATER);
        assertThat(updated.name()).isEqualTo("Car loan");
        assertThat(updated.status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(updated.amount()).isNull();
        assertThat(app.status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void an_update_is_validated_like_a_new_application() {
        ProductApplication app = application(ApplicationStatus.SUBMITTED, URL, AMOUNT);

        assertValidationFails(() -> app.update("n", "p", URI.create("relative"), "s", ApplicationStatus.IN_PROGRESS, null, LATER), "url");
        assertValidationFails(() -> app.update("n", "p", URL, "s", ApplicationStatus.IN_PROGRESS, Money.of("0", "TRY", 2), LATER), "amount");
        assertValidationFails(() -> app.update("n", "p", URL, "s", null, null, LATER), "businessStatus");
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationStatus.class, names = {"REJECTED", "CANCELLED", "COMPLETED"})
    void a_final_status_cannot_change(ApplicationStatus finalStatus) {
        ProductApplication app = application(finalStatus, URL, AMOUNT);

        for (ApplicationStatus other : EnumSet.complementOf(EnumSet.of(finalStatus))) {
            assertInvalidTransition(() -> app.update("n", "p", URL, "s", other, null, LATER), "ProductApplication", finalStatus, other);
        }
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationStatus.class, names = {"REJECTED", "CANCELLED", "COMPLETED"})
    void a_final_application_still_takes_detail_updates(ApplicationStatus finalStatus) {
        ProductApplication updated = application(finalStatus, URL, AMOUNT).update("Renamed", "LOAN", URL, "s", finalStatus, AMOUNT, LATER);

        assertThat(updated.name()).isEqualTo("Renamed");
        assertThat(updated.status()).isEqualTo(finalStatus);
    }

    @Test
    void a_final_application_refuses_a_missing_status_as_invalid_input() {
        ProductApplication app = application(ApplicationStatus.COMPLETED, URL, AMOUNT);

        assertValidationFails(() -> app.update("n", "p", URL, "s", null, null, LATER), "businessStatus");
    }

    @Test
    void only_rejected_cancelled_and_completed_are_final() {
        assertThat(Stream.of(ApplicationStatus.values()).filter(s -> !s.isPending()))
                .containsExactly(ApplicationStatus.REJECTED, ApplicationStatus.CANCELLED, ApplicationStatus.COMPLETED);
    }
}
