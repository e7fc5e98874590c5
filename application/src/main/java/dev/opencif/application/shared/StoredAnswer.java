package dev.opencif.application.shared;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/** The answer a request got, kept to be sent again, byte for byte, when the request is retried. */
public record StoredAnswer(int status, Map<String, String> headers, byte[] body) {
    public StoredAnswer {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status " + status + " is not an HTTP status");
        }
        headers = Map.copyOf(Objects.requireNonNull(headers, "headers"));
        body = body == null ? new byte[0] : body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredAnswer a && status == a.status && headers.equals(a.headers) && Arrays.equals(body, a.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, headers, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "StoredAnswer[" + status + ", " + body.length + " bytes]";
    }
}
