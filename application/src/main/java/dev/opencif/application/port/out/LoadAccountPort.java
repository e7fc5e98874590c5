package dev.opencif.application.port.out;

import dev.opencif.domain.account.Account;
import dev.opencif.domain.account.AccountId;
import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.account.Iban;
import dev.opencif.domain.customer.CustomerId;
import java.util.List;
import java.util.Optional;

/** Reads accounts. */
public interface LoadAccountPort {

    Optional<Account> findById(AccountId id);

    Optional<Account> findByNumber(AccountNumber number);

    Optional<Account> findByIban(Iban iban);

    /** All accounts of a customer, closed ones included, oldest first. */
    List<Account> findByCustomer(CustomerId customer);
}
