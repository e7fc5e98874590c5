package dev.opencif.server;

/**
 * How counterparty REST verifies bearer JWTs: an HS256 shared secret and/or an RS256 public key (PEM), with the
 * issuer and audience every token must carry. {@code generated} marks a development secret the server made up.
 */
public record CounterpartyJwtSettings(String hs256Secret, String rs256PublicKeyPem, String issuer, String audience,
                                      boolean generated) {
    public CounterpartyJwtSettings {
        if (hs256Secret == null && rs256PublicKeyPem == null) {
            throw new ConfigException("counterparty.jwt needs hs256-secret or rs256-public-key(-file)");
        }
        if (hs256Secret != null && hs256Secret.getBytes(java.nio.charset.StandardCharsets.UTF_8).length < 32) {
            throw new ConfigException("counterparty.jwt.hs256-secret must have at least 32 bytes (HS256 needs 256 bits)");
        }
        if (issuer == null || audience == null) {
            throw new ConfigException("counterparty.jwt needs issuer and audience");
        }
    }

    @Override
    public String toString() {
        return "CounterpartyJwtSettings[hs256=" + (hs256Secret != null) + ", rs256=" + (rs256PublicKeyPem != null)
                + ", issuer=" + issuer + ", audience=" + audience + "]";
    }
}
