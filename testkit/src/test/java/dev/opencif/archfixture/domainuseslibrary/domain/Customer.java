package dev.opencif.archfixture.domainuseslibrary.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Fixture VIOLATION: a domain class that uses a logging library. */
public final class Customer {
    private static final Logger LOG = LoggerFactory.getLogger(Customer.class);

    public void close() {
        LOG.info("closing");
    }
}
