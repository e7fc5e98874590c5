package dev.opencif.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.domain.account.Account;
import dev.opencif.domain.customer.Customer;
import dev.opencif.testkit.MutableClock;
import dev.opencif.testkit.builder.AccountBuilder;
import dev.opencif.testkit.builder.CustomerBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
