package dev.opencif.application.port.in.customer;

import dev.opencif.domain.account.AccountState;
import dev.opencif.domain.customer.CustomerState;
import java.util.Optional;

/** The customer as stored and its first account, when one was opened. */
public record OnboardingResult(
        CustomerState customer,
        Optional<AccountState> firstAccount) {
}
