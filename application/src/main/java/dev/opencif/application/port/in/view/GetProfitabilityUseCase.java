package dev.opencif.application.port.in.view;

/**
 * The Profitability widget: fees earned and volume for an indicator, from booked transactions.
 * <p>Seed operation: callAction {@code FTOS_ACC_AccountProfitabilityPI}.
 */
public interface GetProfitabilityUseCase {

    Profitability get(ProfitabilityQuery query);
}
