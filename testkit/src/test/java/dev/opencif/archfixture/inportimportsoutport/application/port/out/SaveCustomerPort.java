package dev.opencif.archfixture.inportimportsoutport.application.port.out;

/** Fixture: an outbound port. */
public interface SaveCustomerPort {
    void save(String name);
}
