/**
 * JDBC adapter of OpenCIF (driven side): every outbound persistence port on plain JDBC over a relational database,
 * embedded H2 (PostgreSQL mode) by default and PostgreSQL in production, with Flyway migrations from
 * {@code classpath:db/migration/opencif}.
 *
 * <p>Entry point: {@link dev.opencif.adapter.jdbc.JdbcAdapters}. Uniqueness comes from database constraints,
 * mapped to the typed errors of the port contracts; optimistic locking from {@code UPDATE … WHERE version = ?};
 * units of work from one JDBC transaction per thread that every port call joins; domain events from a
 * transactional outbox delivered by {@link dev.opencif.adapter.jdbc.OutboxRelay}. See {@code docs/persistence.md}.
 *
 * <p>Rules (checked by {@code ArchitectureTest} with {@code OpenCifArchitectureRules}): depends on
 * {@code dev.opencif.application} and {@code dev.opencif.domain} plus its own libraries; never on another
 * adapter, the server, the testkit or a service implementation class.
 */
package dev.opencif.adapter.jdbc;
