package dev.opencif.application.port.in.view;

/**
 * The Product Portfolio widget.
 * <p>Seed operation: callAction {@code FTOS_ACC_ProductPortfolio}.
 */
public interface GetProductPortfolioUseCase {

    ProductPortfolio get(CustomerViewQuery query);
}
