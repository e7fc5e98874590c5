/**
 * REST adapter of OpenCIF (driving side): will translate the HTTP/JSON dialects (inter-API digital
 * customer, counterparty customers, bLink customer management, callAction) into calls of the
 * application's inbound ports (use cases) and map {@code OpenCifException} error codes back to each
 * dialect's error format.
 *
 * <p>Status: being built; this module holds no endpoint code yet.
 *
 * <p>Rules (checked by {@code ArchitectureTest} with {@code OpenCifArchitectureRules}): depends on
 * {@code dev.opencif.application} and {@code dev.opencif.domain} plus its own libraries; never on another
 * adapter, the server, the testkit or a service implementation class.
 */
package dev.opencif.adapter.rest;
