package dev.opencif.archfixture.payloadasclass.application.port.in;

/** Fixture VIOLATION: a mutable command class where a record belongs. */
public final class OpenCustomerCommand {
    private String name;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
