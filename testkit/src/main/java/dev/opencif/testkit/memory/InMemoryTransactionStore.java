package dev.opencif.testkit.memory;

import dev.opencif.application.port.out.TransactionPort;
import dev.opencif.application.port.out.TransactionSumsPort;
import dev.opencif.application.shared.CurrencyAmounts;
import dev.opencif.application.shared.RevenueLine;
import dev.opencif.application.shared.TransactionValue;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.error.AlreadyExistsException;
import dev.opencif.domain.transaction.Direction;
import dev.opencif.domain.transaction.Scope;
import dev.opencif.domain.transaction.Transaction;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Booked transactions in memory; the external reference (and the id) is unique; sums computed over the stored list. */
public final class InMemoryTransactionStore implements TransactionPort, TransactionSumsPort {
    private final InMemoryDatabase db;

    InMemoryTransactionStore(InMemoryDatabase db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public Optional<Transaction> findByExternalRef(String externalRef) {
        Objects.requireNonNull(externalRef, "externalRef");
        return db.locked(() -> db.transactions.stream().filter(t -> t.externalRef().equals(externalRef.strip())).findFirst());
    }

    @Override
    public void record(Transaction transaction) {
        Objects.requireNonNull(transaction, "transaction");
        db.locked(() -> {
            for (Transaction existing : db.transactions) {
                if (existing.externalRef().equals(transaction.externalRef())) {
                    throw new AlreadyExistsException("Transaction", transaction.externalRef());
                }
                if (existing.id().equals(transaction.id())) {
                    throw new AlreadyExistsException("Transaction", transaction.id().toString());
                }
            }
            db.requireCustomer(transaction.customerId());
            if (transaction.accountId() != null) {
                db.requireAccount(transaction.accountId());
            }
            db.append(db.transactions, transaction);
        });
    }

    @Override
    public List<Transaction> findByCustomer(CustomerId customer, Instant from, Instant to) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return db.locked(() -> db.transactions.stream()
                .filter(t -> t.customerId().equals(customer) && !t.bookedAt().isBefore(from) && t.bookedAt().isBefore(to))
                .sorted(Comparator.comparing(Transaction::bookedAt)).toList());
    }

    @Override
    public List<CurrencyAmounts> totalsByCurrency(CustomerId customer, Instant from, Instant to, String indicator) {
        return TransactionSums.byCurrency(findByCustomer(customer, from, to).stream()
                .filter(t -> indicator == null || t.indicator().equals(indicator)).toList());
    }

    @Override
    public List<RevenueLine> monthlyFees(CustomerId customer, Instant from, Instant to) {
        return TransactionSums.monthlyFees(findByCustomer(customer, from, to));
    }

    @Override
    public List<TransactionValue> values(CustomerId customer, Instant from, Instant to, Set<String> indicators,
                                         Direction direction, Scope scope, String currency) {
        Objects.requireNonNull(indicators, "indicators");
        return TransactionSums.values(findByCustomer(customer, from, to), indicators, direction, scope, currency);
    }
}
