package dev.opencif.application.shared;

import dev.opencif.domain.error.ValidationException;
import java.util.Objects;

/**
 * What makes two requests "the same request, sent again": the dialect ({@code scope}), the authenticated client and
 * the key the client chose ({@code header.requestId}, {@code Idempotency-Key}, …). Two clients never share a key.
 */
public record IdempotencyKey(String scope, String client, String key) {
    /** The longest key accepted: room for a UUID, a ULID or a client's own compound id. */
    public static final int MAX_KEY_LENGTH = 255;

    public IdempotencyKey {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(key, "key");
        if (scope.isBlank() || scope.length() > 32 || client.isBlank() || client.length() > 200) {
            throw new IllegalArgumentException("scope (1-32) and client (1-200) are required");
        }
    }

    /**
     * The key {@code value} a client sent in {@code field} (named so in the error): 1 to {@value #MAX_KEY_LENGTH}
     * visible ASCII characters.
     *
     * @throws ValidationException naming {@code field} when the value is empty, too long or has other characters
     */
    public static IdempotencyKey of(String scope, String client, String value, String field) {
        if (value == null || value.isEmpty()) {
            throw ValidationException.of(field, "must not be empty when given");
        }
        if (value.length() > MAX_KEY_LENGTH) {
            throw ValidationException.of(field, "must be at most " + MAX_KEY_LENGTH + " characters, got " + value.length());
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                throw ValidationException.of(field, "must consist of visible ASCII characters (no spaces), e.g. a UUID");
            }
        }
        return new IdempotencyKey(scope, client, value);
    }
}
