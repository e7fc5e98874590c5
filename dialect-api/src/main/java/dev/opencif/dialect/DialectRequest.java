package dev.opencif.dialect;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A framework-neutral HTTP request as every {@link DialectHandler} takes it: method, path (no query, still
 * percent-encoded), raw query string (may be empty), headers (names compared case-insensitively) and body bytes.
 * An HTTP server (the bundled Jetty one, a Spring MVC controller) binds it; tests build it directly.
 */
public record DialectRequest(String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body) {
    public DialectRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        rawQuery = rawQuery == null ? "" : rawQuery;
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        }
        headers = java.util.Collections.unmodifiableMap(copy);
        body = body == null ? new byte[0] : body.clone();
    }

    /** A request with a JSON body and no other headers, for tests and examples. */
    public static DialectRequest json(String method, String path, String json) {
        return new DialectRequest(method, path, "", Map.of("Content-Type", List.of("application/json")),
                json == null ? null : json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * The first value of a header, if present. The map compares names case-insensitively, so an ASCII name (every
     * HTTP header name) is looked up as given; any other is lower-cased first, as it always was.
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(isAscii(name) ? name : name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    private static boolean isAscii(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The same request with one more header value. */
    public DialectRequest withHeader(String name, String value) {
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(headers);
        List<String> values = new java.util.ArrayList<>(copy.getOrDefault(name, List.of()));
        values.add(value);
        copy.put(name, values);
        return new DialectRequest(method, path, rawQuery, copy, body);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DialectRequest r && method.equals(r.method) && path.equals(r.path) && rawQuery.equals(r.rawQuery)
                && headers.equals(r.headers) && java.util.Arrays.equals(body, r.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, path, rawQuery, headers, java.util.Arrays.hashCode(body));
    }

    /** Headers whose values are credentials: printed as {@code ***}. */
    private static final java.util.Set<String> SECRET_HEADERS = java.util.Set.of("authorization", "proxy-authorization", "cookie",
            "x-api-key");

    /** Fit for a log: never prints credentials or the body, and masks personal data in path, query and headers. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(method).append(' ').append(PersonalDataMask.mask(path));
        if (!rawQuery.isEmpty()) {
            out.append('?').append(PersonalDataMask.mask(rawQuery));
        }
        out.append(" headers={");
        String separator = "";
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            boolean secret = SECRET_HEADERS.contains(header.getKey().toLowerCase(Locale.ROOT));
            out.append(separator).append(header.getKey()).append('=')
                    .append(secret ? "***" : PersonalDataMask.mask(String.join(",", header.getValue())));
            separator = ", ";
        }
        return out.append("} body=").append(body.length).append(" bytes").toString();
    }
}
