package dev.opencif.application.port.in.onboarding;

import dev.opencif.application.shared.Origin;
import dev.opencif.domain.customer.Address;
import dev.opencif.domain.customer.AddressType;
import dev.opencif.domain.customer.BranchRef;
import dev.opencif.domain.customer.CustomerNumber;
import dev.opencif.domain.identifier.NationalId;
import dev.opencif.domain.kyc.CodedValue;
import dev.opencif.domain.kyc.Employment;
import dev.opencif.domain.onboarding.ProcessId;
import dev.opencif.domain.shared.Money;
import jakarta.validation.constraints.NotNull;

/** Everything inter-API UpdateDigitalCustomerInformations sends. {@code contactAddress} is required when {@code selectedAddress} is CONTACT. */
public record UpdateDigitalOnboardingCommand(
        @NotNull Origin origin,
        @NotNull ProcessId processId,
        @NotNull CustomerNumber customerNumber,
        @NotNull NationalId citizen,
        CodedValue education,
        Employment employment,
        Money monthlyIncome,
        CodedValue homeStatus,
        BranchRef branch,
        Address homeAddress,
        Address jobAddress,
        Address contactAddress,
        @NotNull AddressType selectedAddress,
        boolean calculateLimit) {
}
