/**
 * ESB adapter of OpenCIF (driving side): the ESB accountService v1 dialect
 * ({@link dev.opencif.adapter.esb.accountservice.AccountServiceHandler}) and the inter-API digital-customer
 * dialect ({@link dev.opencif.adapter.esb.interapi.InterApiHandler}), framework-neutral
 * {@link dev.opencif.dialect.DialectHandler}s that call the use cases they are given and map {@code OpenCifException}
 * codes to each dialect's envelope ({@code docs/dialects/esb.md}, {@code docs/dialects/interapi.md}).
 *
 * <p>Rules (checked by {@code ArchitectureTest} with {@code OpenCifArchitectureRules}): depends on
 * {@code dev.opencif.application}, {@code dev.opencif.domain} and {@code dev.opencif.dialect} plus its own libraries;
 * never on another adapter, the server, the testkit, the {@code OpenCif} facade or a service implementation class.
 */
package dev.opencif.adapter.esb;
