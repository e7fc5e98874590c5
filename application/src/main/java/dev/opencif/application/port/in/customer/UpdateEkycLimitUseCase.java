package dev.opencif.application.port.in.customer;

import dev.opencif.domain.customer.CustomerState;

/**
 * Sets the account limit of an eKYC customer; refused (RULE_VIOLATION LIMIT_NOT_APPLICABLE) above level EKYC.
 * <p>Seed operation: ESB {@code updateEkycLimit}.
 */
public interface UpdateEkycLimitUseCase {

    CustomerState update(UpdateEkycLimitCommand command);
}
