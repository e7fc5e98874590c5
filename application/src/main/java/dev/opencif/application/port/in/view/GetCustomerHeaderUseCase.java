package dev.opencif.application.port.in.view;

/**
 * The account header: name, CIF, status, segment, KYC level, main contact, branch, customer since.
 * <p>Seed operation: callAction {@code FTOS_ACC_AccountHeader}.
 */
public interface GetCustomerHeaderUseCase {

    CustomerHeader get(CustomerViewQuery query);
}
