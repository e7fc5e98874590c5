package dev.opencif.archfixture.portasclass.application.port.out;

/** Fixture VIOLATION: an outbound port declared as a concrete class. */
public class SaveCustomerPort {
    public void save(String name) {
    }
}
