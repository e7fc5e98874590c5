package dev.opencif.application.shared;

import dev.opencif.domain.customer.CustomerState;
import java.util.List;

/** A person (a customer record) with the roles it holds towards the customers the viewer may see. */
public record PersonRecord(
        CustomerState person,
        List<PersonRole> roles) {
}
