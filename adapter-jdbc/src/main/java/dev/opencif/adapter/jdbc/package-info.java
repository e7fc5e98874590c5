/**
 * JDBC adapter of OpenCIF (driven side): will implement the application's outbound persistence ports
 * on a relational database (H2 for development and tests, PostgreSQL in production).
 *
 * <p>Status: being built; this module holds no persistence code yet.
 *
 * <p>Rules (checked by {@code ArchitectureTest} with {@code OpenCifArchitectureRules}): depends on
 * {@code dev.opencif.application} and {@code dev.opencif.domain} plus its own libraries; never on another
 * adapter, the server, the testkit or a service implementation class.
 */
package dev.opencif.adapter.jdbc;
