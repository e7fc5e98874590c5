package dev.opencif.application.port.in.system;

import java.util.Set;

/** An authenticated API client, its roles and its scope (counterparty, service user) if any. */
public record AuthenticatedClient(
        String realm,
        String clientId,
        Set<String> roles,
        String scope) {
}
