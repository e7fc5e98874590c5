package dev.opencif.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opencif.application.shared.ConsentScope;
import dev.opencif.domain.agreement.Agreement;
import dev.opencif.domain.agreement.AgreementId;
import dev.opencif.domain.agreement.AgreementStatus;
import dev.opencif.domain.agreement.AgreementTerms;
import dev.opencif.domain.agreement.AgreementType;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.error.ConflictException;
import dev.opencif.domain.shared.Channel;
import dev.opencif.testkit.builder.AgreementBuilder;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link dev.opencif.application.port.out.AgreementPort}: round trip, optimistic locking, order, and
 * which customers hold an agreement effective at an instant.
 */
public abstract class AgreementStoreContract extends PortContract {

    private Agreement insert(AgreementBuilder builder) {
        return ports.agreements().save(builder.build(clock));
    }

    private Agreement load(AgreementId id) {
        return ports.agreements().findById(id).orElseThrow();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(now(), ZoneOffset.UTC);
    }

    private static String grantee() {
        return "service-user-" + UUID.randomUUID();
    }

    @Test
    public void stores_a_new_agreement_with_version_one_and_finds_it_by_id() {
        Agreement agreement = AgreementBuilder.anAgreement().forCustomer(storedCustomer().id())
                .withContractNumber("C-2026-001").withExternalId("EXT-1").endingOn(today().plusYears(1)).build(clock);

        Agreement saved = ports.agreements().save(agreement);

        assertThat(saved.state().version()).isEqualTo(1);
        assertThat(saved.state()).usingRecursiveComparison().ignoringFields("version").isEqualTo(agreement.state());
        assertThat(load(agreement.id()).state()).isEqualTo(saved.state());
        assertThat(ports.agreements().findById(AgreementId.random())).isEmpty();
    }

    @Test
    public void lists_a_customers_agreements_oldest_first() {
        CustomerId customer = storedCustomer().id();
        Agreement first = insert(AgreementBuilder.anAgreement().forCustomer(customer).ofType(AgreementType.KVKK));
        tick(Duration.ofHours(1));
        Agreement second = insert(AgreementBuilder.anAgreement().forCustomer(customer).ofType(AgreementType.TERMS_AND_CONDITIONS));
        tick(Duration.ofHours(1));
        Agreement third = insert(AgreementBuilder.anAgreement().forCustomer(customer).ofType(AgreementType.MARKETING).revoked());
        insert(AgreementBuilder.anAgreement().forCustomer(storedCustomer().id()));

        assertThat(ports.agreements().findByCustomer(customer)).extracting(Agreement::id)
                .containsExactly(first.id(), second.id(), third.id());
        assertThat(ports.agreements().findByCustomer(CustomerId.random())).isEmpty();
    }

    @Test
    public void a_revocation_is_stored_with_its_time_channel_and_a_new_version() {
        Agreement saved = insert(AgreementBuilder.anAgreement().forCustomer(storedCustomer().id()));
        Agreement loaded = load(saved.id());
        tick(Duration.ofDays(3));
        loaded.revoke(Channel.CALLACTION, now());

        Agreement updated = ports.agreements().save(loaded);

        assertThat(updated.state().version()).isEqualTo(2);
        Agreement stored = load(saved.id());
        assertThat(stored.state()).isEqualTo(updated.state());
        assertThat(stored.state().status()).isEqualTo(AgreementStatus.REVOKED);
        assertThat(stored.state().revokedAt()).isEqualTo(now());
        assertThat(stored.state().revokedChannel()).isEqualTo(Channel.CALLACTION);
    }

    @Test
    public void a_stale_update_is_rejected_with_conflict_and_the_first_update_survives() {
        Agreement saved = insert(AgreementBuilder.anAgreement().forCustomer(storedCustomer().id()));
        Agreement first = load(saved.id());
        Agreement second = load(saved.id());
        first.revoke(Channel.ESB, now());
        second.amend(new AgreementTerms(today(), today().plusDays(10), "BRANCH", null, null, null), Channel.ESB, now());
        ports.agreements().save(first);

        assertThatThrownBy(() -> ports.agreements().save(second)).isInstanceOf(ConflictException.class);

        assertThat(load(saved.id()).state().status()).isEqualTo(AgreementStatus.REVOKED);
    }

    /** Which of {@code candidates} are in the open-finance scope of {@code grantee} at {@code at}. */
    private List<CustomerId> inScope(String grantee, Instant at, CustomerId... candidates) {
        ConsentScope scope = ConsentScope.openFinance(grantee, at);
        return Arrays.stream(candidates).filter(c -> ports.agreements().isInScope(c, scope)).toList();
    }

    @Test
    public void finds_customers_whose_agreement_of_the_type_and_grantee_is_effective_now() {
        String grantee = grantee();
        CustomerId effective = storedCustomer().id();
        CustomerId endsToday = storedCustomer().id();
        CustomerId startedToday = storedCustomer().id();
        insert(AgreementBuilder.anOpenFinanceConsent(grantee).forCustomer(effective).startingOn(today().minusMonths(1)));
        insert(AgreementBuilder.anOpenFinanceConsent(grantee).forCustomer(endsToday).startingOn(today().minusMonths(1))
                .endingOn(today()));
        insert(AgreementBuilder.anOpenFinanceConsent(grantee).forCustomer(startedToday).startingOn(today()));
        CustomerId without = storedCustomer().id();

        assertThat(inScope(grantee, now(), effective, endsToday, startedToday, without))
                .containsExactly(effective, endsToday, startedToday);
    }

    @Test
    public void revoked_expired_not_yet_started_other_grantee_and_other_type_agreements_do_not_count() {
        String grantee = grantee();
        CustomerId effective = storedCustomer().id();
        CustomerId revoked = storedCustomer().id();
        CustomerId expired = storedCustomer().id();
        CustomerId notYetStarted = storedCustomer().id();
        CustomerId otherGrantee = storedCustomer().id();
        CustomerId otherType = storedCustomer().id();
        insert(AgreementBuilder.anOpenFinanceConsent(grantee).forCustomer(effective).startingOn(today().minusDays(5)));
        insert(AgreementBuilder.anOpenFinanceConsent(grantee).forCustomer(revoked).revoked());
        insert(AgreementBuilder.anOpenFinanceConsent(grantee).forCustomer(expired)
                .startingOn(today().minusMonths(2)).endingOn(today().minusDays(1)));
        insert(AgreementBuilder.anOpenFinanceConsent(grantee).forCustomer(notYetStarted).startingOn(today().plusDays(1)));
        insert(AgreementBuilder.anOpenFinanceConsent(grantee()).forCustomer(otherGrantee).startingOn(today().minusDays(5)));
        insert(AgreementBuilder.anAgreement().ofType(AgreementType.MARKETING).grantedTo(grantee)
                .forCustomer(otherType).startingOn(today().minusDays(5)));

        assertThat(inScope(grantee, now(), effective, revoked, expired, notYetStarted, otherGrantee, otherType))
                .containsExactly(effective);
    }

    @Test
    public void effectiveness_is_judged_at_the_given_instant() {
        String grantee = grantee();
        CustomerId customer = storedCustomer().id();
        insert(AgreementBuilder.anOpenFinanceConsent(grantee).forCustomer(customer).startingOn(today().plusDays(2))
                .endingOn(today().plusDays(4)));

        assertThat(inScope(grantee, now(), customer)).isEmpty();
        assertThat(inScope(grantee, now().plus(Duration.ofDays(3)), customer)).containsExactly(customer);
        assertThat(inScope(grantee, now().plus(Duration.ofDays(5)), customer)).isEmpty();
    }

    @Test
    public void a_regranted_consent_counts_again() {
        String grantee = grantee();
        CustomerId customer = storedCustomer().id();
        Agreement revoked = insert(AgreementBuilder.anOpenFinanceConsent(grantee).forCustomer(customer).revoked());
        Agreement loaded = load(revoked.id());
        loaded.amend(new AgreementTerms(today(), null, "MOBILE_APP", null, null, grantee), Channel.BLINK, now());
        ports.agreements().save(loaded);

        assertThat(inScope(grantee, now(), customer)).containsExactly(customer);
    }
}
