package dev.opencif.application.port.in.view;

import dev.opencif.domain.account.AccountState;
import dev.opencif.domain.agreement.AgreementState;
import dev.opencif.domain.product.ProductApplication;
import java.util.List;

/** A customer's products: accounts, applications and agreements. */
public record ProductPortfolio(
        List<AccountState> accounts,
        List<ProductApplication> applications,
        List<AgreementState> agreements) {
}
