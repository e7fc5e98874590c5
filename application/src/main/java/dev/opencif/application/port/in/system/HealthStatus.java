package dev.opencif.application.port.in.system;

import java.time.Instant;

/** The answer to a health check: when it was received, a receipt id, and whether storage answers. */
public record HealthStatus(
        Instant timestamp,
        String receipt,
        boolean storageReachable) {
}
