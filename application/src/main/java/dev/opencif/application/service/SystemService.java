package dev.opencif.application.service;

import dev.opencif.application.port.in.system.AuthenticateClientCommand;
import dev.opencif.application.port.in.system.AuthenticateClientUseCase;
import dev.opencif.application.port.in.system.AuthenticatedClient;
import dev.opencif.application.port.in.system.CheckHealthUseCase;
import dev.opencif.application.port.in.system.HealthQuery;
import dev.opencif.application.port.in.system.HealthStatus;
import dev.opencif.application.port.out.ClientCredential;
import dev.opencif.domain.error.UnauthenticatedException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Health checks and API-client authentication: secrets are compared as SHA-256 digests in constant
 * time, and an unknown client fails exactly like a wrong secret.
 */
public final class SystemService implements CheckHealthUseCase, AuthenticateClientUseCase {
    static final String INVALID_CREDENTIALS = "invalid credentials";
    /** Compared against when the client is unknown, so both failures cost the same. */
    private static final String NO_CLIENT_DIGEST = "0".repeat(64);

    private final ServiceContext ctx;

    public SystemService(ServiceContext ctx) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
    }

    @Override
    public HealthStatus check(HealthQuery query) {
        ctx.validate(query);
        boolean reachable;
        try {
            reachable = ctx.ports().health().storageReachable();
        } catch (RuntimeException e) {
            reachable = false;
        }
        return new HealthStatus(ctx.now(), UUID.randomUUID().toString(), reachable);
    }

    @Override
    public AuthenticatedClient authenticate(AuthenticateClientCommand command) {
        ctx.validate(command);
        Optional<ClientCredential> credential = ctx.ports().credentials().find(command.realm(), command.clientId());
        byte[] expected = credential.map(ClientCredential::secretSha256).orElse(NO_CLIENT_DIGEST).getBytes(StandardCharsets.US_ASCII);
        byte[] actual = sha256Hex(command.secret()).getBytes(StandardCharsets.US_ASCII);
        boolean matches = MessageDigest.isEqual(expected, actual);
        if (credential.isEmpty() || !matches) {
            throw new UnauthenticatedException(INVALID_CREDENTIALS);
        }
        ClientCredential client = credential.get();
        return new AuthenticatedClient(client.realm(), client.clientId(), client.roles(), client.scope());
    }

    static String sha256Hex(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
