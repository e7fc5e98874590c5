package dev.opencif.application.port.in.view;

/**
 * The Profile Completion widget.
 * <p>Seed operation: callAction {@code FTOS_ACC_ProfileComplete}.
 */
public interface GetProfileCompletionUseCase {

    ProfileCompletion get(CustomerViewQuery query);
}
