package dev.opencif.application.port.in.system;

/**
 * Confirms receipt with a timestamp and says whether storage is reachable.
 * <p>Seed operation: bLink {@code GET /healthcheck}; the server's {@code GET /health}.
 */
public interface CheckHealthUseCase {

    HealthStatus check(HealthQuery query);
}
