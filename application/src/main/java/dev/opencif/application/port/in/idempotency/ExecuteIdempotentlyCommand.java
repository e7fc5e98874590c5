package dev.opencif.application.port.in.idempotency;

import dev.opencif.application.shared.IdempotencyKey;
import dev.opencif.application.shared.RequestFingerprint;
import dev.opencif.application.shared.StoredAnswer;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A write to run at most once per {@code key}: {@code operation} produces the answer (running the use cases it
 * needs); {@code keep} says whether the answer is a success to store (a failure changed nothing, so it is not stored
 * and a retry runs again).
 */
public record ExecuteIdempotentlyCommand(IdempotencyKey key, RequestFingerprint fingerprint, Supplier<StoredAnswer> operation,
                                         Predicate<StoredAnswer> keep) {
    public ExecuteIdempotentlyCommand {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(keep, "keep");
    }
}
