package dev.opencif.archfixture.clean.domain.customer;

import java.util.List;
import java.util.Optional;

/** Fixture: a domain entity using records, enums, arrays, primitives, collections and lambdas. */
public record Customer(CustomerId id, String name, CustomerStatus status, List<String> phones, int[] scores) {
    public Customer {
        phones = List.copyOf(phones);
        scores = scores.clone();
    }

    public Optional<String> firstPhone() {
        return phones.stream().filter(p -> !p.isBlank()).findFirst();
    }

    public Customer[] asArray() {
        return new Customer[] {this};
    }
}
