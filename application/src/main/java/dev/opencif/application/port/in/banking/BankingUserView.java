package dev.opencif.application.port.in.banking;

import dev.opencif.domain.banking.BankingUserState;
import dev.opencif.domain.customer.CustomerState;

/** A banking user with its customer. */
public record BankingUserView(
        BankingUserState user,
        CustomerState customer) {
}
