package dev.opencif.archfixture.cycle.domain.customer;

import dev.opencif.archfixture.cycle.domain.account.Account;
import java.util.List;

/** Fixture VIOLATION (with Account): domain.customer and domain.account depend on each other. */
public record Customer(String name, List<Account> accounts) {
}
