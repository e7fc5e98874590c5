package dev.opencif.application.port.out;

import dev.opencif.domain.customer.CustomerNumber;

/** Issues CIFs: each call returns a number never returned before (a database sequence in production). */
public interface CustomerNumberPort {

    CustomerNumber nextCustomerNumber();
}
