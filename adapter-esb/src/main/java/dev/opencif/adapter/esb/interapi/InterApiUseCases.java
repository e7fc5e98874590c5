package dev.opencif.adapter.esb.interapi;

import dev.opencif.application.OpenCif;
import dev.opencif.application.port.in.idempotency.ExecuteIdempotentlyUseCase;
import dev.opencif.application.port.in.onboarding.CompleteDigitalOnboardingUseCase;
import dev.opencif.application.port.in.onboarding.StartDigitalOnboardingUseCase;
import dev.opencif.application.port.in.onboarding.UpdateDigitalOnboardingUseCase;
import dev.opencif.application.port.in.system.AuthenticateClientUseCase;
import java.util.Objects;

/**
 * The use cases the inter-API digital-customer dialect calls: its three methods and AppKey authentication; {@link #from}
 * takes them from the facade for hosts that build it.
 */
public record InterApiUseCases(
        AuthenticateClientUseCase authenticateClient,
        StartDigitalOnboardingUseCase startDigitalOnboarding,
        UpdateDigitalOnboardingUseCase updateDigitalOnboarding,
        CompleteDigitalOnboardingUseCase completeDigitalOnboarding,
        ExecuteIdempotentlyUseCase executeIdempotently) {

    public InterApiUseCases {
        Objects.requireNonNull(authenticateClient, "authenticateClient");
        Objects.requireNonNull(startDigitalOnboarding, "startDigitalOnboarding");
        Objects.requireNonNull(updateDigitalOnboarding, "updateDigitalOnboarding");
        Objects.requireNonNull(completeDigitalOnboarding, "completeDigitalOnboarding");
        Objects.requireNonNull(executeIdempotently, "executeIdempotently");
    }

    /** The use cases of {@code opencif}. */
    public static InterApiUseCases from(OpenCif opencif) {
        return new InterApiUseCases(
                opencif.authenticateClient(), opencif.startDigitalOnboarding(), opencif.updateDigitalOnboarding(),
                opencif.completeDigitalOnboarding(), opencif.executeIdempotently());
    }
}
