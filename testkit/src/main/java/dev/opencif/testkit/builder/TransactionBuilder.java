package dev.opencif.testkit.builder;

import dev.opencif.domain.account.AccountId;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.shared.Channel;
import dev.opencif.domain.shared.Money;
import dev.opencif.domain.transaction.Direction;
import dev.opencif.domain.transaction.Scope;
import dev.opencif.domain.transaction.Transaction;
import dev.opencif.domain.transaction.TransactionId;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Builds booked transactions for tests: by default an incoming intra-bank transfer of 100.00 EUR with a
 * 1.50 EUR fee over the ESB, with a unique external reference.
 */
public final class TransactionBuilder {
    private TransactionId id;
    private String externalRef;
    private CustomerId customer;
    private AccountId account;
    private Instant bookedAt;
    private Direction direction = Direction.INCOMING;
    private Scope scope = Scope.INTRA;
    private String amount = "100.00";
    private String fee = "1.50";
    private String currency = "EUR";
    private int minorUnits = 2;
    private String indicator = "TRANSFER";
    private Channel channel = Channel.ESB;

    private TransactionBuilder() {
    }

    public static TransactionBuilder aTransaction() {
        return new TransactionBuilder();
    }

    public TransactionBuilder withId(TransactionId value) {
        id = value;
        return this;
    }

    public TransactionBuilder withExternalRef(String value) {
        externalRef = value;
        return this;
    }

    public TransactionBuilder forCustomer(CustomerId value) {
        customer = value;
        return this;
    }

    public TransactionBuilder onAccount(AccountId value) {
        account = value;
        return this;
    }

    public TransactionBuilder bookedAt(Instant value) {
        bookedAt = value;
        return this;
    }

    public TransactionBuilder incoming() {
        direction = Direction.INCOMING;
        return this;
    }

    public TransactionBuilder outgoing() {
        direction = Direction.OUTGOING;
        return this;
    }

    public TransactionBuilder interBank() {
        scope = Scope.INTER;
        return this;
    }

    public TransactionBuilder intraBank() {
        scope = Scope.INTRA;
        return this;
    }

    /** Amount and fee in {@code currency} with {@code minorUnits}; a {@code null} fee means none. */
    public TransactionBuilder of(String newAmount, String newFee, String newCurrency, int newMinorUnits) {
        amount = Objects.requireNonNull(newAmount, "amount");
        fee = newFee;
        currency = Objects.requireNonNull(newCurrency, "currency");
        minorUnits = newMinorUnits;
        return this;
    }

    public TransactionBuilder withAmount(String value) {
        amount = Objects.requireNonNull(value, "amount");
        return this;
    }

    public TransactionBuilder withFee(String value) {
        fee = value;
        return this;
    }

    public TransactionBuilder withIndicator(String value) {
        indicator = value;
        return this;
    }

    public TransactionBuilder viaChannel(Channel value) {
        channel = value;
        return this;
    }

    /** Booked at the given {@link #bookedAt} or else at {@code clock}'s time. */
    public Transaction build(Clock clock) {
        return build(bookedAt != null ? bookedAt : clock.instant());
    }

    /** Needs {@link #bookedAt} to have been set. */
    public Transaction build() {
        if (bookedAt == null) {
            throw new IllegalStateException("set bookedAt(...) or call build(clock)");
        }
        return build(bookedAt);
    }

    private Transaction build(Instant at) {
        return new Transaction(id != null ? id : TransactionId.random(),
                externalRef != null ? externalRef : UniqueValues.reference("TX"),
                customer != null ? customer : CustomerId.random(), account, at, direction, scope,
                Money.of(amount, currency, minorUnits), fee == null ? null : Money.of(fee, currency, minorUnits),
                indicator, channel);
    }
}
