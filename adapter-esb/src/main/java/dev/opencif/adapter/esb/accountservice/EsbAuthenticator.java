package dev.opencif.adapter.esb.accountservice;

import dev.opencif.adapter.esb.EsbConfig;
import dev.opencif.adapter.esb.accountservice.EsbDtos.RequestHeader;
import dev.opencif.application.port.in.system.AuthenticateClientCommand;
import dev.opencif.application.port.in.system.AuthenticateClientUseCase;
import dev.opencif.application.port.in.system.AuthenticatedClient;
import dev.opencif.dialect.DialectRequest;
import dev.opencif.domain.error.UnauthenticatedException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * Who calls: the ESB client from {@code Authorization: Basic base64(clientId:secret)} or from the envelope's
 * {@code header.clientId}/{@code header.clientSecret} (both may be sent if they name the same client), checked by the
 * client-authentication use case in the ESB realm.
 */
final class EsbAuthenticator {
    private static final String BASIC = "basic ";

    private final AuthenticateClientUseCase authenticateClient;

    EsbAuthenticator(AuthenticateClientUseCase authenticateClient) {
        this.authenticateClient = Objects.requireNonNull(authenticateClient, "authenticateClient");
    }

    AuthenticatedClient authenticate(RequestHeader header, DialectRequest request) {
        String clientId = header.clientId();
        String secret = header.clientSecret();
        Optional<String> authorization = request.header("Authorization");
        if (authorization.isPresent()) {
            String value = authorization.get().strip();
            if (!value.toLowerCase(java.util.Locale.ROOT).startsWith(BASIC)) {
                throw new UnauthenticatedException("the Authorization header must be Basic base64(clientId:clientSecret)");
            }
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(value.substring(BASIC.length()).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new UnauthenticatedException("the Authorization header must be Basic base64(clientId:clientSecret)");
            }
            int colon = decoded.indexOf(':');
            if (colon < 1) {
                throw new UnauthenticatedException("the Authorization header must be Basic base64(clientId:clientSecret)");
            }
            String basicId = decoded.substring(0, colon);
            if (clientId != null && !clientId.isBlank() && !clientId.equals(basicId)) {
                throw new UnauthenticatedException("header.clientId does not match the client of the Authorization header");
            }
            clientId = basicId;
            secret = decoded.substring(colon + 1);
        }
        if (clientId == null || clientId.isBlank() || secret == null || secret.isBlank()) {
            throw new UnauthenticatedException(
                    "header.clientId and header.clientSecret (or an Authorization: Basic header) are required");
        }
        // credentials are compared exactly: " core-banking " is not core-banking (docs/security.md)
        return authenticateClient.authenticate(new AuthenticateClientCommand(EsbConfig.REALM, clientId, secret));
    }
}
