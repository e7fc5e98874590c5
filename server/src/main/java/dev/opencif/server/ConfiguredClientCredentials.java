package dev.opencif.server;

import dev.opencif.application.port.out.ClientCredential;
import dev.opencif.application.port.out.ClientCredentialPort;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The API clients of the configuration behind {@link ClientCredentialPort}: SHA-256 digests only, read-only.
 * inter-API clients send only their AppKey (as client id and secret), so they are found by the key's digest and
 * answered under their configured name: the key itself is never stored, nor handed on as the actor.
 */
public final class ConfiguredClientCredentials implements ClientCredentialPort {
    private final Map<String, ClientCredential> byRealmAndId = new HashMap<>();
    private final Map<String, ClientCredential> byRealmAndDigest = new HashMap<>();
    private final String keyOnlyRealm;

    /** {@code realmOf} names the realm each dialect's handler authenticates against. */
    public ConfiguredClientCredentials(DialectCredentials credentials, Function<Dialect, String> realmOf) {
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(realmOf, "realmOf");
        this.keyOnlyRealm = realmOf.apply(Dialect.INTERAPI);
        for (ClientSecret client : credentials.clients()) {
            String realm = realmOf.apply(client.dialect());
            ClientCredential credential = new ClientCredential(realm, client.clientId(), client.secretSha256(),
                    new HashSet<>(client.roles()), client.scope());
            Map<String, ClientCredential> index = client.dialect() == Dialect.INTERAPI ? byRealmAndDigest : byRealmAndId;
            String key = client.dialect() == Dialect.INTERAPI ? client.secretSha256() : client.clientId();
            if (index.put(key(realm, key), credential) != null) {
                throw new ConfigException(client.dialect().key() + " client " + client.clientId() + " is configured twice");
            }
        }
    }

    @Override
    public Optional<ClientCredential> find(String realm, String clientId) {
        if (realm == null || clientId == null) {
            return Optional.empty();
        }
        if (realm.equals(keyOnlyRealm)) {
            return Optional.ofNullable(byRealmAndDigest.get(key(realm, ClientSecret.sha256Hex(clientId))));
        }
        return Optional.ofNullable(byRealmAndId.get(key(realm, clientId)));
    }

    private static String key(String realm, String clientId) {
        return realm + '\u0000' + clientId;
    }
}
