package dev.opencif.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.customer.ContactDetail;
import dev.opencif.domain.customer.ContactDetailId;
import dev.opencif.domain.customer.ContactMedium;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.customer.CustomerChanges;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.PersonName;
import dev.opencif.domain.error.ConflictException;
import dev.opencif.domain.error.DuplicateIdentifierException;
import dev.opencif.domain.error.RuleViolationException;
import dev.opencif.domain.identifier.NationalId;
import dev.opencif.domain.identifier.PhoneNumber;
import dev.opencif.domain.interaction.Interaction;
import dev.opencif.domain.interaction.InteractionId;
import dev.opencif.domain.interaction.Outcome;
import dev.opencif.domain.nicenumber.NiceNumberHold;
import dev.opencif.domain.shared.Channel;
import dev.opencif.testkit.MutableClock;
import dev.opencif.testkit.builder.CustomerBuilder;
import dev.opencif.testkit.builder.UniqueValues;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Correctness under concurrency comes from PostgreSQL, not from the JVM: two independent adapters with their own
 * Hikari pools (two "processes") work on one schema, and contended writes are counted.
 */
@Tag("postgres")
class PostgresConcurrencyTest {
    private static final int CONTENDERS = 16;
    private static final MutableClock CLOCK = MutableClock.standard();

    private static TwoProcesses processes;

    @BeforeAll
    static void startTwoProcesses() {
        processes = TwoProcesses.start(CLOCK, CONTENDERS);
    }

    @AfterAll
    static void stopTwoProcesses() {
        processes.close();
    }

    /** The ports of contender {@code i}: even ones in process A, odd ones in process B. */
    private static OpenCifPorts process(int i) {
        return processes.portsOf(i);
    }


    @Test
    void contested_nice_number_holds_across_two_processes_have_exactly_one_winner() throws Exception {
        for (int round = 1; round <= 5; round++) {
            AccountNumber number = UniqueValues.accountNumber();
            List<CustomerId> holders = new ArrayList<>();
            for (int i = 0; i < CONTENDERS; i++) {
                holders.add(CustomerBuilder.aCustomer().savedIn(process(i)).id());
            }

            List<Boolean> won = TwoProcesses.race(CONTENDERS, i -> () -> {
                try {
                    process(i).holds().place(NiceNumberHold.place(number, holders.get(i), CLOCK.instant(), Duration.ofHours(1)),
                            CLOCK.instant());
                    return true;
                } catch (RuleViolationException e) {
                    assertThat(e.rule()).isEqualTo("NUMBER_UNAVAILABLE");
                    return false;
                }
            });

            int winner = won.indexOf(true);
            long winners = won.stream().filter(w -> w).count();
            System.out.printf("nice-number hold round %d: %d contenders on 2 pools -> %d winner, %d NUMBER_UNAVAILABLE%n",
                    round, CONTENDERS, winners, CONTENDERS - winners);
            assertThat(winners).isEqualTo(1);
            assertThat(processes.portsB().holds().findByNumber(number)).get().extracting(NiceNumberHold::holder).isEqualTo(holders.get(winner));
            assertThat(processes.portsA().holds().findByNumber(number)).get().extracting(NiceNumberHold::holder).isEqualTo(holders.get(winner));
        }
    }

    /** Onboards a customer as a use case would: CIF, register, save, outbox, interaction log, in one unit of work. */
    private static String onboard(OpenCifPorts ports, CustomerBuilder builder) {
        try {
            ports.unitOfWork().inTransaction(() -> {
                Customer customer = builder.withNumber(ports.customerNumbers().nextCustomerNumber()).build(CLOCK);
                var events = customer.pullEvents();
                Customer saved = ports.saveCustomer().save(customer);
                ports.events().publish(events);
                ports.interactions().append(new Interaction(InteractionId.random(), saved.id(), Channel.COUNTERPARTY,
                        "create-customer", CLOCK.instant(), null, null, Outcome.SUCCESS));
                return saved;
            });
            return "CREATED";
        } catch (DuplicateIdentifierException e) {
            return e.identifierKind();
        }
    }

    @Test
    void duplicate_onboarding_of_one_phone_across_two_processes_creates_exactly_one_customer() throws Exception {
        PhoneNumber phone = UniqueValues.phone();

        List<String> outcomes = TwoProcesses.race(CONTENDERS, i -> () -> onboard(process(i), CustomerBuilder.aCustomer().withPhone(phone)));

        long created = outcomes.stream().filter("CREATED"::equals).count();
        System.out.printf("duplicate onboarding by phone: %d attempts on 2 pools -> %d created, %d DUPLICATE_IDENTIFIER %s%n",
                CONTENDERS, created, CONTENDERS - created, outcomes.stream().filter(o -> !o.equals("CREATED")).distinct().toList());
        assertThat(created).isEqualTo(1);
        assertThat(outcomes).filteredOn(o -> !o.equals("CREATED")).containsOnly("PHONE");
        assertThat(processes.count("SELECT COUNT(*) FROM customer WHERE phone = ?", phone.value())).isEqualTo(1);
        CustomerId winner = processes.portsA().loadCustomer().findByIdentifier(phone, null).orElseThrow().id();
        assertThat(processes.count("SELECT COUNT(*) FROM outbox_event WHERE event_type = 'CustomerOnboarded' AND aggregate_id IN"
                + " (SELECT CAST(id AS VARCHAR) FROM customer WHERE phone = ?)", phone.value())).isEqualTo(1);
        assertThat(processes.count("SELECT COUNT(*) FROM interaction WHERE customer_id = ?", winner.value())).isEqualTo(1);
    }

    @Test
    void duplicate_onboarding_of_one_national_id_across_two_processes_creates_exactly_one_customer() throws Exception {
        NationalId nationalId = UniqueValues.turkishId();

        List<String> outcomes = TwoProcesses.race(CONTENDERS, i -> () -> onboard(process(i), CustomerBuilder.aCustomer().withNationalId(nationalId)));

        long created = outcomes.stream().filter("CREATED"::equals).count();
        System.out.printf("duplicate onboarding by national id: %d attempts on 2 pools -> %d created, %d DUPLICATE_IDENTIFIER %s%n",
                CONTENDERS, created, CONTENDERS - created, outcomes.stream().filter(o -> !o.equals("CREATED")).distinct().toList());
        assertThat(created).isEqualTo(1);
        assertThat(outcomes).filteredOn(o -> !o.equals("CREATED")).containsOnly("NATIONAL_ID");
        assertThat(processes.count("SELECT COUNT(*) FROM customer_identifier WHERE national_id_key = ?", nationalId.uniqueKey())).isEqualTo(1);
        assertThat(processes.portsB().loadCustomer().findByIdentifier(nationalId, null)).isPresent();
    }

    @Test
    void concurrent_updates_of_one_customer_from_one_version_have_one_winner_and_the_rest_conflict() throws Exception {
        CustomerId id = CustomerBuilder.aCustomer().savedIn(processes.portsA()).id();

        List<String> outcomes = TwoProcesses.race(CONTENDERS, i -> {
            Customer copy = process(i).loadCustomer().findById(id).orElseThrow();
            return () -> {
                copy.changeDetails(CustomerChanges.none().withName(new PersonName("Racer" + i, "Lee", null)), CLOCK.instant());
                try {
                    process(i).saveCustomer().save(copy);
                    return "Racer" + i;
                } catch (ConflictException e) {
                    return "CONFLICT";
                }
            };
        });

        List<String> winners = outcomes.stream().filter(o -> !o.equals("CONFLICT")).toList();
        Customer stored = processes.portsB().loadCustomer().findById(id).orElseThrow();
        System.out.printf("concurrent updates from one version: %d writers on 2 pools -> %d won, %d CONFLICT; final version %d%n",
                CONTENDERS, winners.size(), CONTENDERS - winners.size(), stored.version());
        assertThat(winners).hasSize(1);
        assertThat(stored.version()).isEqualTo(1 + winners.size());
        assertThat(stored.state().name().first()).isEqualTo(winners.get(0));
    }

    @Test
    void concurrent_updates_retrying_on_conflict_lose_no_update() throws Exception {
        CustomerId id = CustomerBuilder.aCustomer().savedIn(processes.portsB()).id();

        List<Integer> conflicts = TwoProcesses.race(CONTENDERS, i -> () -> {
            int conflicted = 0;
            while (true) {
                Customer copy = process(i).loadCustomer().findById(id).orElseThrow();
                copy.addContactDetail(new ContactDetail(ContactDetailId.random(), ContactMedium.EMAIL, null,
                        "racer" + i + "@mail.example", null), CLOCK.instant());
                try {
                    process(i).saveCustomer().save(copy);
                    return conflicted;
                } catch (ConflictException e) {
                    conflicted++;
                }
            }
        });

        Customer stored = processes.portsA().loadCustomer().findById(id).orElseThrow();
        int totalConflicts = conflicts.stream().mapToInt(Integer::intValue).sum();
        System.out.printf("concurrent updates with retry: %d writers on 2 pools -> %d saves won, %d CONFLICT retries; final version %d,"
                + " %d contacts%n", CONTENDERS, CONTENDERS, totalConflicts, stored.version(), stored.state().contacts().size());
        assertThat(stored.version()).isEqualTo(1 + CONTENDERS);
        assertThat(stored.state().contacts()).extracting(ContactDetail::content).hasSize(CONTENDERS)
                .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.range(0, CONTENDERS)
                        .mapToObj(i -> "racer" + i + "@mail.example").toList());
    }
}
