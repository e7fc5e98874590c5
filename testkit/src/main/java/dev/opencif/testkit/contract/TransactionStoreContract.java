package dev.opencif.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opencif.application.shared.CurrencyAmounts;
import dev.opencif.application.shared.RevenueLine;
import dev.opencif.application.shared.TransactionValue;
import dev.opencif.domain.account.Account;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.error.AlreadyExistsException;
import dev.opencif.domain.shared.Channel;
import dev.opencif.domain.transaction.Direction;
import dev.opencif.domain.transaction.Scope;
import dev.opencif.domain.transaction.Transaction;
import dev.opencif.testkit.builder.AccountBuilder;
import dev.opencif.testkit.builder.TransactionBuilder;
import dev.opencif.testkit.builder.UniqueValues;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link dev.opencif.application.port.out.TransactionPort}: idempotent by external reference, and a
 * customer's bookings in a half-open period, oldest first; and of
 * {@link dev.opencif.application.port.out.TransactionSumsPort}: exact sums per currency, month and value keys.
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

    @Test
    public void totals_per_currency_count_volume_and_fees_exactly_and_an_indicator_narrows_them() {
        CustomerId customer = storedCustomer().id();
        Instant from = now();
        record(TransactionBuilder.aTransaction().forCustomer(customer).of("0.10", "0.01", "EUR", 2).withIndicator("CARD"));
        record(TransactionBuilder.aTransaction().forCustomer(customer).of("0.20", null, "EUR", 2).withIndicator("TRANSFER"));
        record(TransactionBuilder.aTransaction().forCustomer(customer).of("1250.75", "3.25", "EUR", 2).withIndicator("CARD"));
        record(TransactionBuilder.aTransaction().forCustomer(customer).of("500000", "1000", "VND", 0).withIndicator("CARD"));
        record(TransactionBuilder.aTransaction().forCustomer(storedCustomer().id()).of("99.00", "1.00", "EUR", 2));
        record(TransactionBuilder.aTransaction().forCustomer(customer).of("7.00", "1.00", "EUR", 2)
                .bookedAt(from.plus(Duration.ofDays(40))));
        Instant to = from.plus(Duration.ofDays(30));

        assertThat(ports.transactionSums().totalsByCurrency(customer, from, to, null)).containsExactly(
                new CurrencyAmounts("EUR", 3, new BigDecimal("1251.05"), new BigDecimal("3.26")),
                new CurrencyAmounts("VND", 1, new BigDecimal("500000"), new BigDecimal("1000")));
        assertThat(ports.transactionSums().totalsByCurrency(customer, from, to, "TRANSFER")).containsExactly(
                new CurrencyAmounts("EUR", 1, new BigDecimal("0.20"), new BigDecimal("0.00")));
        assertThat(ports.transactionSums().totalsByCurrency(CustomerId.random(), from, to, null)).isEmpty();
    }

    @Test
    public void fees_add_up_per_calendar_month_in_utc_and_currency() {
        CustomerId customer = storedCustomer().id();
        Instant lastSecondOfJanuary = Instant.parse("2026-01-31T23:59:59Z");
        Instant firstSecondOfFebruary = Instant.parse("2026-02-01T00:00:00Z");
        record(TransactionBuilder.aTransaction().forCustomer(customer).of("10.00", "0.50", "EUR", 2).bookedAt(lastSecondOfJanuary));
        record(TransactionBuilder.aTransaction().forCustomer(customer).of("10.00", "0.25", "EUR", 2)
                .bookedAt(Instant.parse("2026-01-02T00:00:00Z")));
        record(TransactionBuilder.aTransaction().forCustomer(customer).of("10.00", null, "EUR", 2).bookedAt(firstSecondOfFebruary));
        record(TransactionBuilder.aTransaction().forCustomer(customer).of("10.00", "2.00", "USD", 2).bookedAt(firstSecondOfFebruary));

        assertThat(ports.transactionSums().monthlyFees(customer, Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-03-01T00:00:00Z"))).containsExactly(
                new RevenueLine(YearMonth.of(2026, 1), "EUR", new BigDecimal("0.75")),
                new RevenueLine(YearMonth.of(2026, 2), "EUR", new BigDecimal("0.00")),
                new RevenueLine(YearMonth.of(2026, 2), "USD", new BigDecimal("2.00")));
    }

    @Test
    public void values_group_by_indicator_direction_scope_and_currency_and_the_filters_narrow_them() {
        CustomerId customer = storedCustomer().id();
        Instant from = now();
        record(TransactionBuilder.aTransaction().forCustomer(customer).of("1.00", null, "EUR", 2).withIndicator("CARD").outgoing()
                .interBank());
        record(TransactionBuilder.aTransaction().forCustomer(customer).of("2.00", null, "EUR", 2).withIndicator("CARD").outgoing()
                .interBank());
        record(TransactionBuilder.aTransaction().forCustomer(customer).of("5.00", null, "EUR", 2).withIndicator("CARD").incoming()
                .intraBank());
        record(TransactionBuilder.aTransaction().forCustomer(customer).of("7.00", null, "USD", 2).withIndicator("ATM").outgoing()
                .intraBank());
        Instant to = from.plusSeconds(60);

        assertThat(ports.transactionSums().values(customer, from, to, Set.of(), null, null, null)).containsExactly(
                new TransactionValue("ATM", Direction.OUTGOING, Scope.INTRA, "USD", 1, new BigDecimal("7.00")),
                new TransactionValue("CARD", Direction.INCOMING, Scope.INTRA, "EUR", 1, new BigDecimal("5.00")),
                new TransactionValue("CARD", Direction.OUTGOING, Scope.INTER, "EUR", 2, new BigDecimal("3.00")));
        assertThat(ports.transactionSums().values(customer, from, to, Set.of("CARD"), Direction.OUTGOING, null, "eur"))
                .containsExactly(new TransactionValue("CARD", Direction.OUTGOING, Scope.INTER, "EUR", 2, new BigDecimal("3.00")));
        assertThat(ports.transactionSums().values(customer, from, to, Set.of("ATM", "CARD"), null, Scope.INTRA, null))
                .extracting(TransactionValue::indicator).containsExactly("ATM", "CARD");
    }
}
