package dev.opencif.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.domain.account.Account;
import dev.opencif.domain.agreement.Agreement;
import dev.opencif.domain.banking.OnlineBankingUser;
import dev.opencif.domain.customer.ContactDetail;
import dev.opencif.domain.customer.ContactDetailId;
import dev.opencif.domain.customer.ContactMedium;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.customer.RelationType;
import dev.opencif.domain.customer.Representative;
import dev.opencif.domain.error.DuplicateIdentifierException;
import dev.opencif.domain.customer.RepresentativeId;
import dev.opencif.domain.interaction.Interaction;
import dev.opencif.domain.interaction.InteractionId;
import dev.opencif.domain.interaction.Outcome;
import dev.opencif.domain.kyc.KycLevel;
import dev.opencif.domain.nicenumber.NiceNumberHold;
import dev.opencif.domain.onboarding.OnboardingProcess;
import dev.opencif.domain.shared.Channel;
import dev.opencif.domain.shared.DomainEvent;
import dev.opencif.testkit.MutableClock;
import dev.opencif.testkit.builder.AccountBuilder;
import dev.opencif.testkit.builder.AddressBuilder;
import dev.opencif.testkit.builder.AgreementBuilder;
import dev.opencif.testkit.builder.BankingUserBuilder;
import dev.opencif.testkit.builder.CustomerBuilder;
import dev.opencif.testkit.builder.ProductApplicationBuilder;
import dev.opencif.testkit.builder.TransactionBuilder;
import dev.opencif.testkit.builder.UniqueValues;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An eKYC-combo-like unit of work that writes to every table of the schema, with a failure injected at its last
 * step: afterwards every table holds exactly the rows it held before. Run on H2 and on PostgreSQL.
 */
abstract class UnitOfWorkRollbackScenario {
    static final List<String> TABLES = List.of("customer", "customer_identifier", "customer_address", "customer_contact",
            "customer_representative", "account", "nice_number_hold", "banking_user", "onboarding_process", "agreement",
            "product_application", "booked_transaction", "interaction", "outbox_event");

    private MutableClock clock;
    private OpenCifPorts ports;

    protected abstract TestDatabase database();

    @BeforeEach
    void openPorts() {
        clock = MutableClock.standard();
        ports = database().ports(clock);
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, TestDatabase.single(database().adapters(), "SELECT COUNT(*) FROM " + table));
        }
        return counts;
    }

    /** Every step of a multi-step use case, through every persistence port. */
    private void writeToEveryTable() {
        Customer representative = CustomerBuilder.aCustomer().savedIn(ports);
        Customer customer = CustomerBuilder.aCustomer().withKyc(KycLevel.EKYC)
                .withEmail(UniqueValues.email().value())
                .withAddress(AddressBuilder.anAddress().build())
                .withContact(new ContactDetail(ContactDetailId.random(), ContactMedium.EMAIL, "private", "combo@mail.example", null))
                .withNumber(ports.customerNumbers().nextCustomerNumber())
                .build(clock);
        customer.saveRepresentative(new Representative(RepresentativeId.random(), representative.id(), RelationType.PROXY), clock.instant());
        List<DomainEvent> events = new ArrayList<>(customer.pullEvents());
        Customer saved = ports.saveCustomer().save(customer);

        Account account = AccountBuilder.anAccount().ownedBy(saved).withNumber(ports.accountNumbers().nextAccountNumber())
                .withoutIban().build(clock);
        events.addAll(account.pullEvents());
        Account savedAccount = ports.saveAccount().save(account);
        OnlineBankingUser user = BankingUserBuilder.aBankingUser().ownedBy(saved).build(clock);
        events.addAll(user.pullEvents());
        ports.saveBankingUser().save(user);
        Agreement agreement = AgreementBuilder.anAgreement().forCustomer(saved.id()).build(clock);
        events.addAll(agreement.pullEvents());
        ports.agreements().save(agreement);
        OnboardingProcess process = OnboardingProcess.start(ports.onboardingProcesses().nextProcessId(),
                saved.nationalIds().get(0), saved.id(), Channel.INTERAPI, null, clock.instant());
        events.addAll(process.pullEvents());
        ports.onboardingProcesses().save(process);
        ports.applications().save(ProductApplicationBuilder.aProductApplication().forCustomer(saved.id()).build(clock));
        ports.transactions().record(TransactionBuilder.aTransaction().forCustomer(saved.id()).onAccount(savedAccount.id()).build(clock));
        ports.holds().place(NiceNumberHold.place(UniqueValues.accountNumber(), saved.id(), clock.instant(), Duration.ofHours(1)),
                clock.instant());
        ports.interactions().append(new Interaction(InteractionId.random(), saved.id(), Channel.ESB, "ekyc-combo",
                clock.instant(), "req-1", "tester", Outcome.SUCCESS));
        ports.events().publish(events);
    }

    @Test
    void a_failure_injected_at_the_last_step_leaves_every_table_as_it_was() {
        Map<String, Long> before = rowCounts();
        IllegalStateException failure = new IllegalStateException("injected at the last step");

        assertThatThrownBy(() -> ports.unitOfWork().inTransaction(() -> {
            writeToEveryTable();
            throw failure;
        })).isSameAs(failure);

        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void the_same_steps_without_the_failure_write_to_every_table() {
        Map<String, Long> before = rowCounts();

        ports.unitOfWork().inTransaction(() -> {
            writeToEveryTable();
            return null;
        });

        Map<String, Long> after = rowCounts();
        for (String table : TABLES) {
            assertThat(after.get(table)).as(table).isGreaterThan(before.get(table));
        }
    }

    @Test
    void a_refused_write_dooms_the_unit_of_work_even_when_the_work_catches_the_refusal() {
        Customer holder = CustomerBuilder.aCustomer().savedIn(ports);
        Map<String, Long> before = rowCounts();
        Customer clashing = CustomerBuilder.aCustomer().withPhone(holder.phone().orElseThrow())
                .withNumber(ports.customerNumbers().nextCustomerNumber()).build(clock);

        assertThatThrownBy(() -> ports.unitOfWork().inTransaction(() -> {
            writeToEveryTable();
            try {
                ports.saveCustomer().save(clashing);
            } catch (DuplicateIdentifierException refused) {
                return "carried on";
            }
            return "not refused";
        })).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("rolled back")
                .hasCauseInstanceOf(DuplicateIdentifierException.class);

        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void after_a_refused_write_the_unit_of_work_refuses_every_further_statement() {
        Customer holder = CustomerBuilder.aCustomer().savedIn(ports);
        Customer clashing = CustomerBuilder.aCustomer().withPhone(holder.phone().orElseThrow())
                .withNumber(ports.customerNumbers().nextCustomerNumber()).build(clock);

        assertThatThrownBy(() -> ports.unitOfWork().inTransaction(() -> {
            try {
                ports.saveCustomer().save(clashing);
            } catch (DuplicateIdentifierException refused) {
                return ports.loadCustomer().findById(holder.id());
            }
            return null;
        })).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("can only be rolled back");

        assertThat(ports.loadCustomer().findById(holder.id())).isPresent();
    }
}
