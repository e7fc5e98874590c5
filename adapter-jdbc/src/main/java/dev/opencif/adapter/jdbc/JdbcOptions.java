package dev.opencif.adapter.jdbc;

/**
 * Settings of the JDBC adapter: whether to run the Flyway migrations on start, the length of ordinary account
 * numbers (the sequence value zero-padded to it), the pool size of the pools the adapter builds itself, and the
 * outbox relay's batch size.
 */
public record JdbcOptions(boolean migrate, int accountNumberLength, int maximumPoolSize, int outboxBatchSize) {
    public static final int DEFAULT_ACCOUNT_NUMBER_LENGTH = 10;
    public static final int DEFAULT_MAXIMUM_POOL_SIZE = 10;
    public static final int DEFAULT_OUTBOX_BATCH_SIZE = 100;

    private static final JdbcOptions DEFAULTS = new JdbcOptions(true, DEFAULT_ACCOUNT_NUMBER_LENGTH,
            DEFAULT_MAXIMUM_POOL_SIZE, DEFAULT_OUTBOX_BATCH_SIZE);

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
    }

    /** Migrate on start, 10-digit account numbers, pools of 10 connections, outbox batches of 100. */
    public static JdbcOptions defaults() {
        return DEFAULTS;
    }

    public JdbcOptions withMigrate(boolean value) {
        return new JdbcOptions(value, accountNumberLength, maximumPoolSize, outboxBatchSize);
    }

    public JdbcOptions withAccountNumberLength(int value) {
        return new JdbcOptions(migrate, value, maximumPoolSize, outboxBatchSize);
    }

    public JdbcOptions withMaximumPoolSize(int value) {
        return new JdbcOptions(migrate, accountNumberLength, value, outboxBatchSize);
    }

    public JdbcOptions withOutboxBatchSize(int value) {
        return new JdbcOptions(migrate, accountNumberLength, maximumPoolSize, value);
    }
}
