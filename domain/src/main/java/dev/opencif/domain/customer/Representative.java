package dev.opencif.domain.customer;

import dev.opencif.domain.shared.Checks;

/**
 * A person who acts for a customer: a reference to that person's own customer record and the
 * relation type. The holder relation is implicit (the customer itself) and never stored.
 */
public record Representative(RepresentativeId id, CustomerId person, RelationType relation) {
    public Representative {
        Checks.required(id, "representative.id");
        Checks.required(person, "representative.person");
        Checks.required(relation, "representative.relation");
        Checks.that(relation != RelationType.HOLDER, "representative.relation", "HOLDER is the customer itself, not a representative");
    }
}
