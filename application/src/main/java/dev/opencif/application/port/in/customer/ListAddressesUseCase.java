package dev.opencif.application.port.in.customer;

import dev.opencif.domain.customer.Address;
import java.util.List;

/**
 * Lists a customer's addresses.
 * <p>Seed operation: bLink {@code GET /customer/{customerId}/addresses}.
 */
public interface ListAddressesUseCase {

    List<Address> list(ListAddressesQuery query);
}
