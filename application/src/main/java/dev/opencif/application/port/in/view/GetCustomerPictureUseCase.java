package dev.opencif.application.port.in.view;

/**
 * The customer's picture at the header level, or a clear "none" with initials.
 * <p>Seed operation: callAction {@code FTOS_ACC_AccountPicture}.
 */
public interface GetCustomerPictureUseCase {

    CustomerPicture get(CustomerViewQuery query);
}
