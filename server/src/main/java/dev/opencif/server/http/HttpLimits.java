package dev.opencif.server.http;

/**
 * What the HTTP transport allows each client and all of them together, so that no client, slow or fast, can take
 * the server down. Every limit has a flag of the same name; {@link #defaults()} are the values the README documents.
 * A value out of range is an {@link IllegalArgumentException} naming the flag (the server reports it as a
 * configuration error).
 *
 * @param threads               request-handling threads (the pool adds a few for accepting and selecting)
 * @param maxRequests           requests handled at once; more wait in the queue (at most {@code threads})
 * @param queueSize             requests that may wait for a slot; one more is answered 503 with {@code Retry-After}
 * @param queueWaitSeconds      how long a request may wait in the queue before it is answered 503
 * @param maxBodyBytes          request body limit; a longer body is answered 413
 * @param requestTimeoutSeconds how long a request may be silent while it is handled (its body, its answer)
 * @param idleTimeoutSeconds    how long a connection may be silent between requests or between header bytes
 * @param headerTimeoutSeconds  how long the request line and headers may take in total, however fast bytes trickle
 * @param minDataRate           bytes per second a request body must arrive at, on average; 0 turns the check off
 * @param maxConnections        open connections; beyond it the server stops accepting until one closes
 * @param shutdownGraceSeconds  how long requests in flight get to finish when the server stops
 */
public record HttpLimits(
        int threads,
        int maxRequests,
        int queueSize,
        int queueWaitSeconds,
        int maxBodyBytes,
        int requestTimeoutSeconds,
        int idleTimeoutSeconds,
        int headerTimeoutSeconds,
        int minDataRate,
        int maxConnections,
        int shutdownGraceSeconds) {

    public static final int DEFAULT_MAX_BODY = 1024 * 1024;

    public HttpLimits {
        between("threads", threads, 2, 1024);
        between("max-requests", maxRequests, 1, threads);
        between("queue-size", queueSize, 0, 100_000);
        between("queue-wait", queueWaitSeconds, 1, 600);
        between("max-body", maxBodyBytes, 1024, 256 * 1024 * 1024);
        between("request-timeout", requestTimeoutSeconds, 1, 3600);
        between("idle-timeout", idleTimeoutSeconds, 1, 3600);
        between("header-timeout", headerTimeoutSeconds, 1, 3600);
        between("min-data-rate", minDataRate, 0, 100 * 1024 * 1024);
        between("max-connections", maxConnections, 1, 1_000_000);
        between("shutdown-grace", shutdownGraceSeconds, 0, 3600);
    }

    private static void between(String flag, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException("--" + flag + " must be between " + min + " and " + max + ", got " + value);
        }
    }

    /** The documented defaults: 32 threads, all of them for requests, 256 queued for up to 5 s, 1 MiB bodies. */
    public static HttpLimits defaults() {
        return new HttpLimits(32, 32, 256, 5, DEFAULT_MAX_BODY, 30, 30, 10, 512, 2000, 10);
    }

    public HttpLimits withThreads(int newThreads) {
        return new HttpLimits(newThreads, Math.min(maxRequests, newThreads), queueSize, queueWaitSeconds, maxBodyBytes,
                requestTimeoutSeconds, idleTimeoutSeconds, headerTimeoutSeconds, minDataRate, maxConnections, shutdownGraceSeconds);
    }

    public HttpLimits withMaxRequests(int newMaxRequests, int newQueueSize, int newQueueWaitSeconds) {
        return new HttpLimits(threads, newMaxRequests, newQueueSize, newQueueWaitSeconds, maxBodyBytes, requestTimeoutSeconds,
                idleTimeoutSeconds, headerTimeoutSeconds, minDataRate, maxConnections, shutdownGraceSeconds);
    }

    public HttpLimits withMaxBodyBytes(int newMaxBodyBytes) {
        return new HttpLimits(threads, maxRequests, queueSize, queueWaitSeconds, newMaxBodyBytes, requestTimeoutSeconds,
                idleTimeoutSeconds, headerTimeoutSeconds, minDataRate, maxConnections, shutdownGraceSeconds);
    }

    public HttpLimits withTimeouts(int newRequestTimeoutSeconds, int newIdleTimeoutSeconds, int newHeaderTimeoutSeconds) {
        return new HttpLimits(threads, maxRequests, queueSize, queueWaitSeconds, maxBodyBytes, newRequestTimeoutSeconds,
                newIdleTimeoutSeconds, newHeaderTimeoutSeconds, minDataRate, maxConnections, shutdownGraceSeconds);
    }

    public HttpLimits withMinDataRate(int newMinDataRate) {
        return new HttpLimits(threads, maxRequests, queueSize, queueWaitSeconds, maxBodyBytes, requestTimeoutSeconds,
                idleTimeoutSeconds, headerTimeoutSeconds, newMinDataRate, maxConnections, shutdownGraceSeconds);
    }

    public HttpLimits withMaxConnections(int newMaxConnections) {
        return new HttpLimits(threads, maxRequests, queueSize, queueWaitSeconds, maxBodyBytes, requestTimeoutSeconds,
                idleTimeoutSeconds, headerTimeoutSeconds, minDataRate, newMaxConnections, shutdownGraceSeconds);
    }

    public HttpLimits withShutdownGraceSeconds(int newShutdownGraceSeconds) {
        return new HttpLimits(threads, maxRequests, queueSize, queueWaitSeconds, maxBodyBytes, requestTimeoutSeconds,
                idleTimeoutSeconds, headerTimeoutSeconds, minDataRate, maxConnections, newShutdownGraceSeconds);
    }
}
