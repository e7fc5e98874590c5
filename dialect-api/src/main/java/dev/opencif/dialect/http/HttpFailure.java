package dev.opencif.dialect.http;

import java.util.Map;

/** A failure decided by the HTTP layer itself (unknown route, wrong method, size, media type, bad JSON). */
public final class HttpFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String code;
    private final Map<String, String> headers;

    public HttpFailure(int status, String code, String message, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.headers = Map.copyOf(headers);
    }

    public HttpFailure(int status, String code, String message) {
        this(status, code, message, Map.of());
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
