package dev.opencif.application.port.in.view;

/**
 * The Revenues widget: fees from booked transactions per month and currency.
 * <p>Seed operation: callAction {@code FTOS_ACC_AccountRevenuesPI}.
 */
public interface GetRevenuesUseCase {

    Revenues get(RevenuesQuery query);
}
