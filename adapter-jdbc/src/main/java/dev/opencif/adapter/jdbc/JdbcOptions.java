package dev.opencif.adapter.jdbc;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the JDBC adapter: whether to run the Flyway migrations on start, the length of ordinary account
 * numbers (the sequence value zero-padded to it), the pool size of the pools the adapter builds itself, and the
 * outbox relay's batch size, lease and retention of delivered events.
 */
public record JdbcOptions(boolean migrate, int accountNumberLength, int maximumPoolSize, int outboxBatchSize,
                          Duration outboxLease, Duration outboxRetention) {
    public static final int DEFAULT_ACCOUNT_NUMBER_LENGTH = 10;
    public static final int DEFAULT_MAXIMUM_POOL_SIZE = 10;
    public static final int DEFAULT_OUTBOX_BATCH_SIZE = 100;
    public static final Duration DEFAULT_OUTBOX_LEASE = Duration.ofSeconds(30);
    public static final Duration DEFAULT_OUTBOX_RETENTION = Duration.ofDays(7);

    private static final JdbcOptions DEFAULTS = new JdbcOptions(true, DEFAULT_ACCOUNT_NUMBER_LENGTH,
            DEFAULT_MAXIMUM_POOL_SIZE, DEFAULT_OUTBOX_BATCH_SIZE, DEFAULT_OUTBOX_LEASE, DEFAULT_OUTBOX_RETENTION);

    public JdbcOptions {
        if (accountNumberLength < 10 || accountNumberLength > 20) {
            throw new IllegalArgumentException("accountNumberLength must be between 10 and 20, was " + accountNumberLength);
        }
        if (maximumPoolSize < 1) {
            throw new IllegalArgumentException("maximumPoolSize must be at least 1, was " + maximumPoolSize);
        }
        if (outboxBatchSize < 1) {
            throw new IllegalArgumentException("outboxBatchSize must be at least 1, was " + outboxBatchSize);
        }
        Objects.requireNonNull(outboxLease, "outboxLease");
        Objects.requireNonNull(outboxRetention, "outboxRetention");
        if (outboxLease.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("outboxLease must be at least 1 second, was " + outboxLease);
        }
        if (outboxRetention.isNegative()) {
            throw new IllegalArgumentException("outboxRetention must not be negative, was " + outboxRetention);
        }
    }

    /** Migrate on start, 10-digit account numbers, pools of 10 connections, outbox batches of 100, 30 s lease, 7 days retention. */
    public static JdbcOptions defaults() {
        return DEFAULTS;
    }

    public JdbcOptions withMigrate(boolean value) {
        return new JdbcOptions(value, accountNumberLength, maximumPoolSize, outboxBatchSize, outboxLease, outboxRetention);
    }

    public JdbcOptions withAccountNumberLength(int value) {
        return new JdbcOptions(migrate, value, maximumPoolSize, outboxBatchSize, outboxLease, outboxRetention);
    }

    public JdbcOptions withMaximumPoolSize(int value) {
        return new JdbcOptions(migrate, accountNumberLength, value, outboxBatchSize, outboxLease, outboxRetention);
    }

    public JdbcOptions withOutboxBatchSize(int value) {
        return new JdbcOptions(migrate, accountNumberLength, maximumPoolSize, value, outboxLease, outboxRetention);
    }

    public JdbcOptions withOutboxLease(Duration value) {
        return new JdbcOptions(migrate, accountNumberLength, maximumPoolSize, outboxBatchSize, value, outboxRetention);
    }

    public JdbcOptions withOutboxRetention(Duration value) {
        return new JdbcOptions(migrate, accountNumberLength, maximumPoolSize, outboxBatchSize, outboxLease, value);
    }
}
