package dev.opencif.adapter.jdbc;

import org.junit.jupiter.api.Tag;

/** OpenCIF inside the host's transaction on PostgreSQL, in a schema of its own per test. */
@Tag("postgres")
class PostgresHostTransactionTest extends HostTransactionScenario {
    private PostgresSchema schema;

    @Override
    protected String[] database() {
        schema = PostgresSchema.create();
        return new String[] {schema.url(), PostgresSchema.USER, PostgresSchema.PASSWORD};
    }

    @Override
    protected void dropDatabase() {
        schema.close();
    }
}
