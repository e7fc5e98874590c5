package dev.opencif.application.port.in.view;

/**
 * The Lifecycle widget: dated events of a customer's history computed from stored data (onboarding,
 * status, accounts opened and closed, agreements, applications, banking users); without a customer,
 * how many customers are in each lifecycle stage.
 * <p>Seed operation: callAction {@code FTOS_ACC_AccountClientLifecycle}.
 */
public interface GetClientLifecycleUseCase {

    ClientLifecycle get(LifecycleQuery query);
}
