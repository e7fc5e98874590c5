package dev.opencif.domain.agreement;

import static dev.opencif.domain.support.DomainAssertions.assertInvalidTransition;
import static dev.opencif.domain.support.DomainAssertions.assertValidationFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.shared.Channel;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AgreementTest {
    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(3600);
    private static final AgreementId ID = AgreementId.random();
    private static final CustomerId CUSTOMER = CustomerId.random();

    private static AgreementTerms terms(LocalDate start, LocalDate end) {
        return new AgreementTerms(start, end, "mobile-app", "C-2024-0001", "ext-1", null);
    }

    private static Instant at(String date) {
        return Instant.parse(date + "T12:00:00Z");
    }

    private static Agreement granted(AgreementType type, AgreementTerms terms) {
        Agreement agreement = Agreement.grant(ID, CUSTOMER, type, terms, Channel.CALLACTION, NOW);
        agreement.pullEvents();
        return agreement;
    }

    private static Agreement consent() {
        return granted(AgreementType.DATA_PROTECTION, terms(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 12, 31)));
    }

    @Test
    void granting_a_consent_makes_it_active_and_records_consent_granted() {
        AgreementTerms terms = terms(LocalDate.of(2024, 5, 1), null);

        Agreement agreement = Agreement.grant(ID, CUSTOMER, AgreementType.OPEN_FINANCE, terms, Channel.BLINK, NOW);

        AgreementState state = agreement.state();
        assertThat(agreement.id()).isEqualTo(ID);
        assertThat(state.status()).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(state.grantedAt()).isEqualTo(NOW);
        assertThat(state.grantedChannel()).isEqualTo(Channel.BLINK);
        assertThat(state.revokedAt()).isNull();
        assertThat(agreement.pullEvents()).containsExactly(
                new AgreementEvent.ConsentGranted(ID, CUSTOMER, AgreementType.OPEN_FINANCE, NOW));
    }

    @ParameterizedTest
    @EnumSource(value = AgreementType.class, names = {"PRODUCT_CONTRACT", "TERMS_AND_CONDITIONS"})
    void granting_a_contract_records_agreement_changed(AgreementType type) {
        Agreement agreement = Agreement.grant(ID, CUSTOMER, type, terms(LocalDate.of(2024, 5, 1), null), Channel.ESB, NOW);

        assertThat(type.isConsent()).isFalse();
        assertThat(agreement.pullEvents()).containsExactly(new AgreementEvent.AgreementChanged(ID, CUSTOMER, type, NOW));
    }

    @Test
    void granting_requires_channel_and_terms() {
        assertValidationFails(() -> Agreement.grant(ID, CUSTOMER, AgreementType.KVKK, terms(LocalDate.of(2024, 5, 1), null), null, NOW), "channel");
        assertValidationFails(() -> Agreement.grant(ID, CUSTOMER, AgreementType.KVKK, null, Channel.ESB, NOW), "terms");
    }

    @Test
    void status_is_expired_after_the_end_date() {
        Agreement agreement = consent();

        assertThat(agreement.statusAt(at("2024-12-31"))).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(agreement.statusAt(Instant.parse("2025-01-01T00:00:00Z"))).isEqualTo(AgreementStatus.EXPIRED);
        assertThat(agreement.state().status()).isEqualTo(AgreementStatus.ACTIVE);
    }

    @Test
    void without_end_date_it_never_expires() {
        Agreement agreement = granted(AgreementType.KVKK, terms(LocalDate.of(2024, 5, 1), null));

        assertThat(agreement.statusAt(at("2099-01-01"))).isEqualTo(AgreementStatus.ACTIVE);
    }

    @Test
    void is_effective_between_start_and_end_date() {
        Agreement agreement = granted(AgreementType.OPEN_FINANCE, terms(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 30)));

        assertThat(agreement.isEffectiveAt(at("2024-05-31"))).isFalse();
        assertThat(agreement.isEffectiveAt(Instant.parse("2024-06-01T00:00:00Z"))).isTrue();
        assertThat(agreement.isEffectiveAt(at("2024-06-30"))).isTrue();
        assertThat(agreement.isEffectiveAt(at("2024-07-01"))).isFalse();
    }

    @Test
    void revoking_ends_the_consent_and_records_it() {
        Agreement agreement = consent();

        agreement.revoke(Channel.BLINK, LATER);

        AgreementState state = agreement.state();
        assertThat(state.status()).isEqualTo(AgreementStatus.REVOKED);
        assertThat(state.revokedAt()).isEqualTo(LATER);
        assertThat(state.revokedChannel()).isEqualTo(Channel.BLINK);
        assertThat(state.updatedAt()).isEqualTo(LATER);
        assertThat(agreement.statusAt(LATER)).isEqualTo(AgreementStatus.REVOKED);
        assertThat(agreement.isEffectiveAt(LATER)).isFalse();
        assertThat(agreement.pullEvents()).containsExactly(
                new AgreementEvent.ConsentRevoked(ID, CUSTOMER, AgreementType.DATA_PROTECTION, LATER));
    }

    @Test
    void revoking_twice_is_refused() {
        Agreement agreement = consent();
        agreement.revoke(Channel.BLINK, LATER);
        agreement.pullEvents();

        assertInvalidTransition(() -> agreement.revoke(Channel.BLINK, LATER.plusSeconds(1)), "Agreement",
                AgreementStatus.REVOKED, AgreementStatus.REVOKED);
        assertThat(agreement.state().revokedAt()).isEqualTo(LATER);
        assertThat(agreement.pullEvents()).isEmpty();
    }

    @Test
    void revoking_requires_a_channel() {
        Agreement agreement = consent();

        assertValidationFails(() -> agreement.revoke(null, LATER), "channel");
        assertThat(agreement.state().status()).isEqualTo(AgreementStatus.ACTIVE);
    }

    @Test
    void amending_an_active_agreement_keeps_the_grant() {
        Agreement agreement = consent();
        AgreementTerms longer = terms(LocalDate.of(2024, 5, 1), LocalDate.of(2025, 12, 31));

        agreement.amend(longer, Channel.ESB, LATER);

        AgreementState state = agreement.state();
        assertThat(state.terms()).isEqualTo(longer);
        assertThat(state.grantedAt()).isEqualTo(NOW);
        assertThat(state.grantedChannel()).isEqualTo(Channel.CALLACTION);
        assertThat(agreement.pullEvents()).containsExactly(
                new AgreementEvent.AgreementChanged(ID, CUSTOMER, AgreementType.DATA_PROTECTION, LATER));
    }

    @Test
    void handing_an_active_open_finance_consent_to_another_grantee_regrants_it() {
        AgreementTerms toBankA = new AgreementTerms(LocalDate.of(2024, 5, 1), null, "blink", null, "ext-1", "service-user-a");
        AgreementTerms toBankB = new AgreementTerms(LocalDate.of(2024, 5, 1), null, "blink", null, "ext-1", "service-user-b");
        Agreement agreement = granted(AgreementType.OPEN_FINANCE, toBankA);

        agreement.amend(toBankB, Channel.BLINK, LATER);

        AgreementState state = agreement.state();
        assertThat(state.terms().grantee()).isEqualTo("service-user-b");
        assertThat(state.status()).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(state.grantedAt()).isEqualTo(LATER);
        assertThat(state.grantedChannel()).isEqualTo(Channel.BLINK);
        assertThat(agreement.pullEvents()).containsExactly(
                new AgreementEvent.ConsentGranted(ID, CUSTOMER, AgreementType.OPEN_FINANCE, LATER));
    }

    @Test
    void adding_or_removing_the_grantee_of_an_active_consent_regrants_it() {
        AgreementTerms withoutGrantee = new AgreementTerms(LocalDate.of(2024, 5, 1), null, "blink", null, null, null);
        AgreementTerms withGrantee = new AgreementTerms(LocalDate.of(2024, 5, 1), null, "blink", null, null, "service-user-a");
        Agreement added = granted(AgreementType.OPEN_FINANCE, withoutGrantee);
        Agreement removed = granted(AgreementType.OPEN_FINANCE, withGrantee);

        added.amend(withGrantee, Channel.ESB, LATER);
        removed.amend(withoutGrantee, Channel.ESB, LATER);

        assertThat(added.state().grantedAt()).isEqualTo(LATER);
        assertThat(added.state().grantedChannel()).isEqualTo(Channel.ESB);
        assertThat(removed.state().grantedAt()).isEqualTo(LATER);
        assertThat(removed.pullEvents()).containsExactly(
                new AgreementEvent.ConsentGranted(ID, CUSTOMER, AgreementType.OPEN_FINANCE, LATER));
    }

    @Test
    void amending_an_active_consent_for_the_same_grantee_keeps_the_grant() {
        AgreementTerms toBankA = new AgreementTerms(LocalDate.of(2024, 5, 1), null, "blink", null, "ext-1", "service-user-a");
        AgreementTerms longer = new AgreementTerms(LocalDate.of(2024, 5, 1), LocalDate.of(2026, 1, 1), "blink", null, "ext-1",
                "service-user-a");
        Agreement agreement = granted(AgreementType.OPEN_FINANCE, toBankA);

        agreement.amend(longer, Channel.BLINK, LATER);

        assertThat(agreement.state().grantedAt()).isEqualTo(NOW);
        assertThat(agreement.state().grantedChannel()).isEqualTo(Channel.CALLACTION);
        assertThat(agreement.pullEvents()).containsExactly(
                new AgreementEvent.AgreementChanged(ID, CUSTOMER, AgreementType.OPEN_FINANCE, LATER));
    }

    @Test
    void a_regrant_to_another_grantee_needs_a_channel() {
        AgreementTerms toBankA = new AgreementTerms(LocalDate.of(2024, 5, 1), null, "blink", null, null, "service-user-a");
        AgreementTerms toBankB = new AgreementTerms(LocalDate.of(2024, 5, 1), null, "blink", null, null, "service-user-b");
        Agreement agreement = granted(AgreementType.OPEN_FINANCE, toBankA);

        assertValidationFails(() -> agreement.amend(toBankB, null, LATER), "channel");
        assertThat(agreement.state().terms().grantee()).isEqualTo("service-user-a");
    }

    @Test
    void terms_reject_dates_outside_the_years_1_to_9999() {
        assertValidationFails(() -> terms(LocalDate.parse("+999999999-01-01"), null), "startDate");
        assertValidationFails(() -> terms(LocalDate.of(2024, 5, 1), LocalDate.MAX), "endDate");
        assertThat(terms(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)).endDate()).isEqualTo(LocalDate.of(9999, 12, 31));
    }

    @Test
    void amending_a_revoked_consent_regrants_it() {
        Agreement agreement = consent();
        agreement.revoke(Channel.BLINK, LATER);
        agreement.pullEvents();
        Instant regrantedAt = LATER.plusSeconds(60);

        agreement.amend(terms(LocalDate.of(2024, 5, 1), null), Channel.ESB, regrantedAt);

        AgreementState state = agreement.state();
        assertThat(state.status()).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(state.grantedAt()).isEqualTo(regrantedAt);
        assertThat(state.grantedChannel()).isEqualTo(Channel.ESB);
        assertThat(state.revokedAt()).isNull();
        assertThat(state.revokedChannel()).isNull();
        assertThat(agreement.pullEvents()).containsExactly(
                new AgreementEvent.ConsentGranted(ID, CUSTOMER, AgreementType.DATA_PROTECTION, regrantedAt));
    }

    @Test
    void amending_an_expired_consent_regrants_it() {
        Agreement agreement = consent();
        Instant afterEnd = at("2025-02-01");

        agreement.amend(terms(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 12, 31)), Channel.BLINK, afterEnd);

        assertThat(agreement.statusAt(afterEnd)).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(agreement.state().grantedAt()).isEqualTo(afterEnd);
        assertThat(agreement.state().grantedChannel()).isEqualTo(Channel.BLINK);
        assertThat(agreement.pullEvents()).containsExactly(
                new AgreementEvent.ConsentGranted(ID, CUSTOMER, AgreementType.DATA_PROTECTION, afterEnd));
    }

    @Test
    void amending_requires_terms_and_for_a_regrant_a_channel() {
        Agreement agreement = consent();
        agreement.revoke(Channel.BLINK, LATER);

        assertValidationFails(() -> agreement.amend(null, Channel.ESB, LATER), "terms");
        assertValidationFails(() -> agreement.amend(terms(LocalDate.of(2024, 5, 1), null), null, LATER), "channel");
        assertThat(agreement.state().status()).isEqualTo(AgreementStatus.REVOKED);
    }

    @Test
    void terms_reject_an_end_date_before_the_start_date() {
        assertValidationFails(() -> terms(LocalDate.of(2024, 5, 2), LocalDate.of(2024, 5, 1)), "endDate");
        assertThat(terms(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 1)).endDate()).isEqualTo(LocalDate.of(2024, 5, 1));
    }

    @Test
    void terms_require_start_date_and_source() {
        assertValidationFails(() -> terms(null, null), "startDate");
        assertValidationFails(() -> new AgreementTerms(LocalDate.of(2024, 5, 1), null, " ", null, null, null), "sourceId");
        assertValidationFails(() -> new AgreementTerms(LocalDate.of(2024, 5, 1), null, "app", "x".repeat(65), null, null), "contractNo");
    }

    @Test
    void state_sets_revoked_at_exactly_when_revoked() {
        AgreementTerms terms = terms(LocalDate.of(2024, 5, 1), null);

        assertValidationFails(() -> new AgreementState(ID, CUSTOMER, AgreementType.KVKK, terms, AgreementStatus.REVOKED, NOW,
                Channel.ESB, null, null, NOW, 0), "revokedAt");
        assertValidationFails(() -> new AgreementState(ID, CUSTOMER, AgreementType.KVKK, terms, AgreementStatus.ACTIVE, NOW,
                Channel.ESB, NOW, Channel.ESB, NOW, 0), "revokedAt");
    }

    @Test
    void only_product_contracts_and_terms_are_not_consents() {
        for (AgreementType type : AgreementType.values()) {
            boolean contract = type == AgreementType.PRODUCT_CONTRACT || type == AgreementType.TERMS_AND_CONDITIONS;
            assertThat(type.isConsent()).as(type.name()).isEqualTo(!contract);
        }
    }
}
