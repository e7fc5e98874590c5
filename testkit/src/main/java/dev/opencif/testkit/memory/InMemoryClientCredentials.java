package dev.opencif.testkit.memory;

import dev.opencif.application.port.out.ClientCredential;
import dev.opencif.application.port.out.ClientCredentialPort;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** API clients in memory; secrets are kept only as their SHA-256, like a real credential store. */
public final class InMemoryClientCredentials implements ClientCredentialPort {
    private final Map<String, ClientCredential> clients = new ConcurrentHashMap<>();

    /** Adds (or replaces) a client whose secret is {@code secret}; returns the stored credential. */
    public ClientCredential addClient(String realm, String clientId, String secret, Set<String> roles, String scope) {
        Objects.requireNonNull(secret, "secret");
        ClientCredential credential = new ClientCredential(realm, clientId, sha256Hex(secret), roles, scope);
        clients.put(key(credential.realm(), credential.clientId()), credential);
        return credential;
    }

    @Override
    public Optional<ClientCredential> find(String realm, String clientId) {
        if (realm == null || clientId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(clients.get(key(realm.strip(), clientId.strip())));
    }

    /** The lower-case hex SHA-256 of a UTF-8 secret, as {@link ClientCredential#secretSha256()} holds it. */
    public static String sha256Hex(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String key(String realm, String clientId) {
        return realm + "\u0000" + clientId;
    }
}
