package dev.opencif.archfixture.cycle.domain.account;

import dev.opencif.archfixture.cycle.domain.customer.Customer;

/** Fixture VIOLATION (with Customer): domain.account and domain.customer depend on each other. */
public record Account(String number, Customer holder) {
}
