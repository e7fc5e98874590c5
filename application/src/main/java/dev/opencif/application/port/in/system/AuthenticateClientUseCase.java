package dev.opencif.application.port.in.system;

/**
 * Checks an API client's secret against the configured credentials (constant-time, hashed); UNAUTHENTICATED
 * when unknown or wrong, never saying which.
 * <p>Serves the AppKey of inter-API, the {@code ApiInfo} user/token of callAction, ESB client ids and bLink tokens.
 */
public interface AuthenticateClientUseCase {

    AuthenticatedClient authenticate(AuthenticateClientCommand command);
}
