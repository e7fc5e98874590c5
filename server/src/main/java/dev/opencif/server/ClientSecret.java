package dev.opencif.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One configured API client of a dialect: its id (ESB client id, inter-API application name, callAction user name,
 * bLink service user), the SHA-256 of its secret, roles and scope. {@code secret} is kept only for credentials the
 * server generated itself, so it can print them once.
 */
public record ClientSecret(Dialect dialect, String clientId, String secretSha256, List<String> roles, String scope,
                           String generatedSecret) {
    public ClientSecret {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(secretSha256, "secretSha256");
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** From a configured value: the secret itself, or {@code sha256:<64 hex digits>} to keep it out of the file. */
    public static ClientSecret configured(Dialect dialect, String clientId, String secretOrDigest, List<String> roles,
                                          String scope) {
        String value = secretOrDigest.strip();
        String digest;
        if (value.toLowerCase(Locale.ROOT).startsWith("sha256:")) {
            digest = value.substring(7).strip().toLowerCase(Locale.ROOT);
            if (!digest.matches("[0-9a-f]{64}")) {
                throw new ConfigException(dialect.key() + " client " + clientId + ": sha256: must be followed by 64 hex digits");
            }
        } else {
            if (value.length() < 8) {
                throw new ConfigException(dialect.key() + " client " + clientId + ": the secret must have at least 8 characters");
            }
            digest = sha256Hex(value);
        }
        return new ClientSecret(dialect, clientId, digest, roles, scope, null);
    }

    public static ClientSecret generated(Dialect dialect, String clientId, String secret, List<String> roles, String scope) {
        return new ClientSecret(dialect, clientId, sha256Hex(secret), roles, scope, secret);
    }

    public static String sha256Hex(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "ClientSecret[" + dialect.key() + "/" + clientId + ", roles=" + roles + ", scope=" + scope + "]";
    }
}
