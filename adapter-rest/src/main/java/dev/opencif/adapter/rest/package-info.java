/**
 * REST adapter of OpenCIF (driving side): the counterparty REST, bLink Customer Management and callAction dialects,
 * framework-neutral {@link dev.opencif.dialect.DialectHandler}s that translate their HTTP/JSON requests into calls of the
 * use cases they are given and map {@code OpenCifException} codes back to each dialect's error format
 * ({@code docs/dialects/counterparty.md}, {@code blink.md}, {@code callaction.md}).
 *
 * <p>Rules (checked by {@code ArchitectureTest} with {@code OpenCifArchitectureRules}): depends on
 * {@code dev.opencif.application}, {@code dev.opencif.domain} and {@code dev.opencif.dialect} plus its own libraries;
 * never on another adapter, the server, the testkit, the {@code OpenCif} facade or a service implementation class.
 */
package dev.opencif.adapter.rest;
