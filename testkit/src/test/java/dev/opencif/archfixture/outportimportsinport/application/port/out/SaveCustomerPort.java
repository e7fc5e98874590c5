package dev.opencif.archfixture.outportimportsinport.application.port.out;

import dev.opencif.archfixture.outportimportsinport.application.port.in.OpenCustomerCommand;

/** Fixture VIOLATION: an outbound port that takes the inbound command. */
public interface SaveCustomerPort {
    void save(OpenCustomerCommand command);
}
