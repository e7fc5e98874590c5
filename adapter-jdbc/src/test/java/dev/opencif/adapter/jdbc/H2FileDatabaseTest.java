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
