package dev.opencif.archfixture.domainimportsadapter.domain;

import dev.opencif.archfixture.domainimportsadapter.adapter.rest.CustomerJson;

/** Fixture VIOLATION: a domain class that imports an adapter. */
public record Customer(String name) {
    public CustomerJson toJson() {
        return new CustomerJson(name);
    }
}
