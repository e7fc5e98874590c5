package dev.opencif.application.port.in.system;


/** A health check; {@code module} names what is checked (e.g. {@code customer-management}). */
public record HealthQuery(
        String module) {
}
