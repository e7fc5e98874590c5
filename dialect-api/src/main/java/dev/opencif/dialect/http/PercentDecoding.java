package dev.opencif.dialect.http;

import dev.opencif.domain.error.ValidationException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** URL-decoding of path segments and query parts; a malformed escape is a validation failure of {@code field}. */
final class PercentDecoding {
    private PercentDecoding() {
    }

    static String decode(String raw, String field) {
        if (raw.indexOf('%') < 0 && raw.indexOf('+') < 0) {
            return raw; // nothing to decode: URLDecoder would give the same string back
        }
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ValidationException.of(field, "is not correctly URL-encoded");
        }
    }
}
