package dev.opencif.application.port.out;

import dev.opencif.domain.banking.BankingUserId;
import dev.opencif.domain.banking.OnlineBankingUser;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.identifier.BankingUsername;
import java.util.List;
import java.util.Optional;

/** Reads online-banking users. */
public interface LoadBankingUserPort {

    Optional<OnlineBankingUser> findById(BankingUserId id);

    Optional<OnlineBankingUser> findByUsername(BankingUsername username);

    /** Every banking user the customer ever had, closed ones included, oldest first. */
    List<OnlineBankingUser> findByCustomer(CustomerId customer);
}
