package dev.opencif.application.port.in.view;

import java.util.List;

/**
 * The Pending Activities widget: unfinished onboarding, pending product applications, nice-number holds
 * about to expire, locked banking users, consents due to expire; soonest first.
 * <p>Seed operation: callAction {@code FTOS_ACC_AccountPendingActivities}.
 */
public interface GetPendingActivitiesUseCase {

    List<PendingActivity> get(CustomerViewQuery query);
}
