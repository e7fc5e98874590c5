package dev.opencif.application.port.in.customer;

/**
 * Reads the know-your-customer record of a customer.
 * <p>Seed operation: bLink {@code GET /customers/{customerId}/kyc}.
 */
public interface GetKycRecordUseCase {

    KycRecord get(GetKycRecordQuery query);
}
