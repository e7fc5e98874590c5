package dev.opencif.application.port.in.view;

import java.util.List;

/**
 * The Product Suggestion widget: documented rules over the customer's portfolio and KYC (e.g. no
 * current account yet, eKYC customer close to its limit, income but no savings account).
 * <p>Seed operation: callAction {@code FTOS_ACC_GetProductSuggestions} (its {@code accountId} is the customer: the
 * FintechOS "Account" entity is the customer record).
 */
public interface GetProductSuggestionsUseCase {

    List<ProductSuggestion> get(CustomerViewQuery query);
}
