package dev.opencif.application.port.in.idempotency;

import dev.opencif.application.shared.StoredAnswer;
import java.util.Objects;

/** The answer to send, and whether it is the stored answer of an earlier execution ({@code replayed}). */
public record IdempotentOutcome(StoredAnswer answer, boolean replayed) {
    public IdempotentOutcome {
        Objects.requireNonNull(answer, "answer");
    }
}
