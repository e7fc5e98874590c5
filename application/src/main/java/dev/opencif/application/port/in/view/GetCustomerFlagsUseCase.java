package dev.opencif.application.port.in.view;

import java.util.List;

/**
 * The Account Flags widget: BLACKLISTED, BLOCKED, CLOSED, KYC_INCOMPLETE, EKYC_LIMITED, CONSENT_MISSING,
 * CONSENT_EXPIRED, BANKING_USER_LOCKED, PEP, FATCA, US_PERSON, HIGH_RISK: computed from stored data.
 * <p>Seed operation: callAction {@code FTOS_ACC_AccountFlags}.
 */
public interface GetCustomerFlagsUseCase {

    List<CustomerFlag> get(CustomerViewQuery query);
}
