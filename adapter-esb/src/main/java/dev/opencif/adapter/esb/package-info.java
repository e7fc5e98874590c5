/**
 * ESB adapter of OpenCIF (driving side): the ESB accountService v1 dialect
 * ({@link dev.opencif.adapter.esb.accountservice.AccountServiceHandler}) and the inter-API digital-customer
 * dialect ({@link dev.opencif.adapter.esb.interapi.InterApiHandler}), framework-neutral handlers from
 * {@link dev.opencif.adapter.esb.EsbRequest} to {@link dev.opencif.adapter.esb.EsbResponse} that call the
 * application's use cases and map {@code OpenCifException} codes to each dialect's envelope
 * ({@code docs/dialects/esb.md}, {@code docs/dialects/interapi.md}).
 *
 * <p>Rules (checked by {@code ArchitectureTest} with {@code OpenCifArchitectureRules}): depends on
 * {@code dev.opencif.application} and {@code dev.opencif.domain} plus its own libraries; never on another
 * adapter, the server, the testkit or a service implementation class.
 */
package dev.opencif.adapter.esb;
