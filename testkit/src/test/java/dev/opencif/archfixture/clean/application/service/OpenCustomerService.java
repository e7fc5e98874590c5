package dev.opencif.archfixture.clean.application.service;

import dev.opencif.archfixture.clean.application.port.in.OpenCustomerCommand;
import dev.opencif.archfixture.clean.application.port.in.OpenCustomerUseCase;
import dev.opencif.archfixture.clean.application.port.out.SaveCustomerPort;
import dev.opencif.archfixture.clean.domain.customer.Customer;
import dev.opencif.archfixture.clean.domain.customer.CustomerId;
import dev.opencif.archfixture.clean.domain.customer.CustomerStatus;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Fixture: a service implementing the use case through the outbound port, logging with SLF4J. */
public final class OpenCustomerService implements OpenCustomerUseCase {
    private static final Logger LOG = LoggerFactory.getLogger(OpenCustomerService.class);

    private final SaveCustomerPort customers;

    public OpenCustomerService(SaveCustomerPort customers) {
        this.customers = customers;
    }

    @Override
    public CustomerId open(OpenCustomerCommand command) {
        CustomerId id = new CustomerId(1);
        customers.save(new Customer(id, command.name(), CustomerStatus.ACTIVE, List.of(), new int[0]));
        LOG.info("opened customer {}", id);
        return id;
    }
}
