package dev.opencif.archfixture.outportimportsinport.application.port.in;

/** Fixture: an inbound command. */
public record OpenCustomerCommand(String name) {
}
