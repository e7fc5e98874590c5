package dev.opencif.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.domain.account.Account;
import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.customer.CustomerEvent;
import dev.opencif.testkit.MutableClock;
import dev.opencif.testkit.builder.AccountBuilder;
import dev.opencif.testkit.builder.CustomerBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default: an H2 file database keeps its data when it is closed and opened again. */
class H2FileDatabaseTest {
    @TempDir
    Path directory;

    @Test
    void data_survives_closing_and_reopening_the_database() {
        MutableClock clock = MutableClock.standard();
        Customer customer;
        Account account;
        try (JdbcAdapters first = JdbcAdapters.h2File(directory, clock)) {
            OpenCifPorts ports = TestDatabase.portsOf(first);
            customer = CustomerBuilder.aCustomer().savedIn(ports);
            account = AccountBuilder.anAccount().ownedBy(customer).withNumber(ports.accountNumbers().nextAccountNumber())
                    .withoutIban().savedIn(ports);
        }
        assertThat(Files.exists(directory.resolve("opencif.mv.db"))).isTrue();

        try (JdbcAdapters second = JdbcAdapters.h2File(directory, clock)) {
            OpenCifPorts ports = TestDatabase.portsOf(second);
            assertThat(ports.loadCustomer().findById(customer.id())).map(Customer::state).contains(customer.state());
            assertThat(ports.loadAccount().findByCustomer(customer.id())).extracting(Account::state).containsExactly(account.state());
            assertThat(ports.customerNumbers().nextCustomerNumber()).isGreaterThan(customer.number());
        }
    }

    @Test
    void writing_transactions_take_turns_on_a_file_database_but_not_in_memory() throws Exception {
        try (JdbcAdapters file = JdbcAdapters.h2File(directory, MutableClock.standard());
             JdbcAdapters memory = JdbcAdapters.h2InMemory("turns_" + System.nanoTime(), MutableClock.standard())) {
            assertThat(overlap(file)).as("the second transaction began while the first was open (file)").isFalse();
            assertThat(overlap(memory)).as("the second transaction began while the first was open (memory)").isTrue();
        }
    }

    /** Whether a second unit of work can begin while a first one is still open. */
    private static boolean overlap(JdbcAdapters database) throws Exception {
        java.util.concurrent.CountDownLatch firstOpen = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch secondBegan = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean sawSecond = new java.util.concurrent.atomic.AtomicBoolean();
        Thread first = new Thread(() -> database.unitOfWork().inTransaction(() -> {
            firstOpen.countDown();
            try {
                sawSecond.set(secondBegan.await(700, java.util.concurrent.TimeUnit.MILLISECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        first.start();
        assertThat(firstOpen.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        database.unitOfWork().inTransaction(() -> {
            secondBegan.countDown();
            return null;
        });
        first.join(5000);
        return sawSecond.get();
    }

    @Test
    void sequences_left_behind_by_a_crash_are_moved_above_every_stored_value_when_the_database_opens() {
        MutableClock clock = MutableClock.standard();
        Customer customer;
        AccountNumber issued;
        long lastEvent;
        try (JdbcAdapters first = JdbcAdapters.h2File(directory, clock)) {
            OpenCifPorts ports = TestDatabase.portsOf(first);
            customer = CustomerBuilder.aCustomer().withNumber(ports.customerNumbers().nextCustomerNumber()).build(clock);
            ports.saveCustomer().save(customer);
            issued = ports.accountNumbers().nextAccountNumber();
            ports.events().publish(List.of(new CustomerEvent.DetailsChanged(customer.id(), Set.of("name"), clock.instant())));
            lastEvent = TestDatabase.single(first, "SELECT MAX(id) FROM outbox_event");
            // what H2 can leave behind when the process is killed: sequences behind the committed rows
            first.unitOfWork().write(c -> {
                PlainSql.update(c, "ALTER SEQUENCE customer_number_seq RESTART WITH 1000000001");
                PlainSql.update(c, "ALTER SEQUENCE account_number_seq RESTART WITH 4012583760");
                PlainSql.update(c, "ALTER TABLE outbox_event ALTER COLUMN id RESTART WITH 1");
                return null;
            }, e -> e);
        }

        try (JdbcAdapters second = JdbcAdapters.h2File(directory, clock)) {
            OpenCifPorts ports = TestDatabase.portsOf(second);
            assertThat(ports.customerNumbers().nextCustomerNumber()).isGreaterThan(customer.number());
            assertThat(Long.parseLong(ports.accountNumbers().nextAccountNumber().value())).isGreaterThan(Long.parseLong(issued.value()));
            ports.events().publish(List.of(new CustomerEvent.DetailsChanged(customer.id(), Set.of("name"), clock.instant())));
            assertThat(TestDatabase.single(second, "SELECT MAX(id) FROM outbox_event")).isGreaterThan(lastEvent);
        }
    }
}
