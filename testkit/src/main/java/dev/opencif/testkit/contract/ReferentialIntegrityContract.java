package dev.opencif.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opencif.domain.account.Account;
import dev.opencif.domain.account.AccountId;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.RelationType;
import dev.opencif.domain.customer.Representative;
import dev.opencif.domain.customer.RepresentativeId;
import dev.opencif.domain.error.NotFoundException;
import dev.opencif.domain.interaction.Interaction;
import dev.opencif.domain.interaction.InteractionId;
import dev.opencif.domain.interaction.Outcome;
import dev.opencif.domain.nicenumber.NiceNumberHold;
import dev.opencif.domain.onboarding.OnboardingProcess;
import dev.opencif.domain.shared.Channel;
import dev.opencif.domain.transaction.Transaction;
import dev.opencif.testkit.builder.AccountBuilder;
import dev.opencif.testkit.builder.AgreementBuilder;
import dev.opencif.testkit.builder.BankingUserBuilder;
import dev.opencif.testkit.builder.CustomerBuilder;
import dev.opencif.testkit.builder.ProductApplicationBuilder;
import dev.opencif.testkit.builder.TransactionBuilder;
import dev.opencif.testkit.builder.UniqueValues;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every reference between stored records points at a record that exists: a write that would leave an orphan — an
 * account, user, agreement, process, application, booking, interaction or hold of a customer that does not exist, a
 * booking on an unknown account, a representative who is nobody — is refused with NOT_FOUND naming what is missing,
 * and writes nothing. (In SQL: one foreign key per reference, V2 of the migrations.)
 */
public abstract class ReferentialIntegrityContract extends PortContract {

    /** A customer that was never stored. */
    private Customer nobody() {
        return CustomerBuilder.aCustomer().withNumber(ports.customerNumbers().nextCustomerNumber()).build(clock);
    }

    @Test
    public void an_account_of_a_customer_that_does_not_exist_is_refused() {
        Account orphan = AccountBuilder.anAccount().ownedBy(nobody()).withNumber(UniqueValues.accountNumber()).withoutIban()
                .build(clock);

        assertThatThrownBy(() -> ports.saveAccount().save(orphan)).isInstanceOf(NotFoundException.class).hasMessageContaining("Customer");
        assertThat(ports.loadAccount().findById(orphan.id())).isEmpty();
    }

    @Test
    public void a_banking_user_of_a_customer_that_does_not_exist_is_refused() {
        var orphan = BankingUserBuilder.aBankingUser().ownedBy(nobody()).build(clock);

        assertThatThrownBy(() -> ports.saveBankingUser().save(orphan)).isInstanceOf(NotFoundException.class);
        assertThat(ports.loadBankingUser().findById(orphan.id())).isEmpty();
    }

    @Test
    public void an_agreement_of_a_customer_that_does_not_exist_is_refused() {
        var orphan = AgreementBuilder.anAgreement().forCustomer(nobody().id()).build(clock);

        assertThatThrownBy(() -> ports.agreements().save(orphan)).isInstanceOf(NotFoundException.class);
        assertThat(ports.agreements().findById(orphan.id())).isEmpty();
    }

    @Test
    public void an_onboarding_process_of_a_customer_that_does_not_exist_is_refused() {
        Customer missing = nobody();
        OnboardingProcess orphan = OnboardingProcess.start(ports.onboardingProcesses().nextProcessId(),
                missing.nationalIds().get(0), missing.id(), Channel.INTERAPI, null, now());

        assertThatThrownBy(() -> ports.onboardingProcesses().save(orphan)).isInstanceOf(NotFoundException.class);
        assertThat(ports.onboardingProcesses().findById(orphan.id())).isEmpty();
    }

    @Test
    public void a_product_application_of_a_customer_that_does_not_exist_is_refused() {
        CustomerId missing = nobody().id();
        var orphan = ProductApplicationBuilder.aProductApplication().forCustomer(missing).build(clock);

        assertThatThrownBy(() -> ports.applications().save(orphan)).isInstanceOf(NotFoundException.class);
        assertThat(ports.applications().findByCustomer(missing)).isEmpty();
    }

    @Test
    public void a_booking_of_a_customer_that_does_not_exist_is_refused() {
        Transaction orphan = TransactionBuilder.aTransaction().forCustomer(nobody().id()).build(clock);

        assertThatThrownBy(() -> ports.transactions().record(orphan)).isInstanceOf(NotFoundException.class);
        assertThat(ports.transactions().findByExternalRef(orphan.externalRef())).isEmpty();
    }

    @Test
    public void a_booking_on_an_account_that_does_not_exist_is_refused() {
        Transaction orphan = TransactionBuilder.aTransaction().forCustomer(storedCustomer().id()).onAccount(AccountId.random())
                .build(clock);

        assertThatThrownBy(() -> ports.transactions().record(orphan)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("Account");
        assertThat(ports.transactions().findByExternalRef(orphan.externalRef())).isEmpty();
    }

    @Test
    public void an_interaction_of_a_customer_that_does_not_exist_is_refused() {
        CustomerId missing = nobody().id();
        Interaction orphan = new Interaction(InteractionId.random(), missing, Channel.ESB, "orphan", now(), "req-1", "tester",
                Outcome.SUCCESS);

        assertThatThrownBy(() -> ports.interactions().append(orphan)).isInstanceOf(NotFoundException.class);
        assertThat(ports.interactions().find(missing, now().minusSeconds(60), now().plusSeconds(60), Set.of(), 10)).isEmpty();
    }

    @Test
    public void a_representative_who_is_not_a_customer_is_refused_and_the_customer_keeps_its_stored_state() {
        Customer represented = storedCustomer();
        Customer loaded = ports.loadCustomer().findById(represented.id()).orElseThrow();
        loaded.saveRepresentative(new Representative(RepresentativeId.random(), nobody().id(), RelationType.PROXY), now());

        assertThatThrownBy(() -> ports.saveCustomer().save(loaded)).isInstanceOf(NotFoundException.class);
        assertThat(ports.loadCustomer().findById(represented.id()).orElseThrow().state()).isEqualTo(represented.state());
    }

    @Test
    public void a_hold_for_a_customer_that_does_not_exist_is_refused() {
        Instant now = now();
        NiceNumberHold orphan = NiceNumberHold.place(UniqueValues.accountNumber(), nobody().id(), now, Duration.ofHours(1));

        assertThatThrownBy(() -> ports.holds().place(orphan, now)).isInstanceOf(NotFoundException.class);
        assertThat(ports.holds().findByNumber(orphan.number())).isEmpty();
    }
}
