package dev.opencif.application.port.in.customer;

import dev.opencif.application.shared.Origin;
import dev.opencif.domain.customer.CustomerRegistration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** Registers a customer, optionally with a first account and initial consents, in one unit of work. */
public record OnboardCustomerCommand(
        @NotNull Origin origin,
        @NotNull CustomerRegistration registration,
        @Valid FirstAccount firstAccount,
        @NotNull List<@Valid ConsentGrant> consents) {
    public OnboardCustomerCommand {
        consents = consents == null ? List.of() : List.copyOf(consents);
    }
}
