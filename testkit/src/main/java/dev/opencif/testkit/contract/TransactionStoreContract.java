package dev.opencif.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opencif.domain.account.Account;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.error.AlreadyExistsException;
import dev.opencif.domain.shared.Channel;
import dev.opencif.domain.transaction.Transaction;
import dev.opencif.testkit.builder.AccountBuilder;
import dev.opencif.testkit.builder.TransactionBuilder;
import dev.opencif.testkit.builder.UniqueValues;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link dev.opencif.application.port.out.TransactionPort}: idempotent by external reference, and a
 * customer's bookings in a half-open period, oldest first.
 */
public abstract class TransactionStoreContract extends PortContract {

    private Transaction record(TransactionBuilder builder) {
        Transaction transaction = builder.build(clock);
        ports.transactions().record(transaction);
        return transaction;
    }

    @Test
    public void records_a_transaction_and_finds_it_by_external_reference_with_every_field() {
        Customer customer = storedCustomer();
        Account account = AccountBuilder.anAccount().ownedBy(customer).savedIn(ports);
        Transaction transaction = record(TransactionBuilder.aTransaction().forCustomer(customer.id()).onAccount(account.id())
                .outgoing().interBank().of("1250.75", "3.25", "EUR", 2).withIndicator("card").viaChannel(Channel.of("MOBILE")));

        assertThat(ports.transactions().findByExternalRef(transaction.externalRef())).contains(transaction);
        assertThat(ports.transactions().findByExternalRef(UniqueValues.reference("NONE"))).isEmpty();
    }

    @Test
    public void records_a_transaction_without_account_or_fee() {
        Transaction transaction = record(TransactionBuilder.aTransaction().forCustomer(storedCustomer().id())
                .of("500000", null, "VND", 0));

        assertThat(ports.transactions().findByExternalRef(transaction.externalRef())).contains(transaction);
    }

    @Test
    public void refuses_a_second_booking_with_the_same_external_reference_and_keeps_the_first() {
        CustomerId customer = storedCustomer().id();
        String ref = UniqueValues.reference("FEED");
        Transaction first = record(TransactionBuilder.aTransaction().forCustomer(customer).withExternalRef(ref));
        Transaction replay = TransactionBuilder.aTransaction().forCustomer(customer).withExternalRef(ref).withAmount("1.00")
                .build(clock);

        assertThatThrownBy(() -> ports.transactions().record(replay)).isInstanceOf(AlreadyExistsException.class);

        assertThat(ports.transactions().findByExternalRef(ref)).contains(first);
        assertThat(ports.transactions().findByCustomer(customer, now().minusSeconds(1), now().plusSeconds(1))).containsExactly(first);
    }

    @Test
    public void lists_a_customers_bookings_from_inclusive_to_exclusive_oldest_first() {
        CustomerId customer = storedCustomer().id();
        Instant from = now();
        Instant to = from.plus(Duration.ofDays(30));
        Transaction atTo = record(TransactionBuilder.aTransaction().forCustomer(customer).bookedAt(to));
        Transaction late = record(TransactionBuilder.aTransaction().forCustomer(customer).bookedAt(to.minusSeconds(1)));
        Transaction atFrom = record(TransactionBuilder.aTransaction().forCustomer(customer).bookedAt(from));
        record(TransactionBuilder.aTransaction().forCustomer(customer).bookedAt(from.minusSeconds(1)));
        Transaction middle = record(TransactionBuilder.aTransaction().forCustomer(customer).bookedAt(from.plus(Duration.ofDays(3))));
        record(TransactionBuilder.aTransaction().forCustomer(storedCustomer().id()).bookedAt(from.plus(Duration.ofDays(3))));

        assertThat(ports.transactions().findByCustomer(customer, from, to)).containsExactly(atFrom, middle, late);
        assertThat(ports.transactions().findByCustomer(customer, to, to.plusSeconds(1))).containsExactly(atTo);
        assertThat(ports.transactions().findByCustomer(CustomerId.random(), from, to)).isEmpty();
    }
}
