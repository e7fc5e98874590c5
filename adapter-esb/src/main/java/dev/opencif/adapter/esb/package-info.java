/**
 * ESB adapter of OpenCIF (driving side): will expose the {@code /accountService/v1/...} operations of the
 * enterprise service bus dialect by calling the application's inbound ports (use cases) and mapping
 * {@code OpenCifException} error codes to the bus's response format.
 *
 * <p>Status: being built; this module holds no endpoint code yet.
 *
 * <p>Rules (checked by {@code ArchitectureTest} with {@code OpenCifArchitectureRules}): depends on
 * {@code dev.opencif.application} and {@code dev.opencif.domain} plus its own libraries; never on another
 * adapter, the server, the testkit or a service implementation class.
 */
package dev.opencif.adapter.esb;
