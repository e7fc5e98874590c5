package dev.opencif.application.port.out;

import java.util.Optional;

/** The API clients allowed to call a dialect (AppKeys, ApiInfo users, bearer tokens, ESB client ids). */
public interface ClientCredentialPort {

    Optional<ClientCredential> find(String realm, String clientId);
}
