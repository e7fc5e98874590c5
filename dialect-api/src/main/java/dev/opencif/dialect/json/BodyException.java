package dev.opencif.dialect.json;

import java.util.Objects;

/**
 * A request body this module's handlers cannot read: wrong content type (415), too large (413) or not
 * JSON (400). The message says what to fix and never carries a parser's internals.
 */
public final class BodyException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why the body was refused, with its HTTP status. */
    public enum Kind {
        UNSUPPORTED_MEDIA_TYPE(415),
        PAYLOAD_TOO_LARGE(413),
        MALFORMED_JSON(400);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;

    public BodyException(Kind kind, String message) {
        super(Objects.requireNonNull(message, "message"), null, false, false);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }
}
