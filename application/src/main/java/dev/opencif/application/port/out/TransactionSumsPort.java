package dev.opencif.application.port.out;

import dev.opencif.application.shared.CurrencyAmounts;
import dev.opencif.application.shared.RevenueLine;
import dev.opencif.application.shared.TransactionValue;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.transaction.Direction;
import dev.opencif.domain.transaction.Scope;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Sums of a customer's booked transactions in {@code [from, to)}, computed where the transactions are stored (for the
 * customer-360 profitability, revenue and transaction-value widgets), so that no read loads years of transactions.
 * Amounts are exact decimals at the currency's minor units; fees without a value count as zero.
 */
public interface TransactionSumsPort {

    /**
     * Count, volume and fees per currency, ordered by currency code; only the transactions of {@code indicator} when
     * it is not {@code null} (indicators compare as stored: upper case).
     */
    List<CurrencyAmounts> totalsByCurrency(CustomerId customer, Instant from, Instant to, String indicator);

    /** Fees per calendar month (UTC) and currency; only months with transactions appear, ordered by month then currency. */
    List<RevenueLine> monthlyFees(CustomerId customer, Instant from, Instant to);

    /**
     * Count and total amount per indicator, direction, scope and currency, ordered by those keys, after the optional
     * filters: empty {@code indicators} and {@code null} direction, scope or currency do not filter; currencies compare
     * without regard to case.
     */
    List<TransactionValue> values(CustomerId customer, Instant from, Instant to, Set<String> indicators, Direction direction,
                                  Scope scope, String currency);
}
