package dev.opencif.application.port.out;

import dev.opencif.domain.shared.Checks;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A configured API client: realm (dialect), client id, the SHA-256 of its secret (hex, never the
 * secret itself), its roles, and the scope it is bound to (a counterparty GUID, a bLink service user),
 * or {@code null} for bank-wide clients.
 */
public record ClientCredential(String realm, String clientId, String secretSha256, Set<String> roles, String scope) {
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public ClientCredential {
        realm = Checks.text(realm, "realm", 32);
        clientId = Checks.text(clientId, "clientId", 200);
        Checks.matches(secretSha256, SHA256_HEX, "secretSha256", "64 lower-case hex digits");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        scope = Checks.optionalText(scope, "scope", 200);
    }
}
