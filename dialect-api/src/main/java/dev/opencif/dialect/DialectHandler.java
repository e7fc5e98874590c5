package dev.opencif.dialect;

/**
 * One bank API dialect, framework-neutral: what the bundled server, a Spring MVC host or a test mounts. A handler
 * answers every request it {@link #serves}, authentication, validation and errors included, in its own format, and
 * never throws for anything a client can send. Implementations are thread-safe.
 */
public interface DialectHandler {

    /** A short stable name ({@code esb}, {@code interapi}, {@code counterparty}, {@code blink}, {@code callaction}). */
    String name();

    /** Whether this dialect serves {@code path} (the request path, still percent-encoded). */
    boolean serves(String path);

    /** Answers one request. */
    DialectResponse handle(DialectRequest request);

    /**
     * A failure the HTTP server decided before or instead of {@link #handle} — body over the limit, overload, a
     * malformed request — as this dialect answers errors, so that a client never sees a container's own page.
     */
    DialectResponse failure(ServerFailure failure);
}
