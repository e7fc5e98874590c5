package dev.opencif.server;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** One dialect's handler as the router sees it: the server-side glue around an adapter's request/response records. */
@FunctionalInterface
public interface DialectEndpoint {

    Answer handle(Call call);

    /** An HTTP request as read from the wire: the body is at most the limit plus one byte. */
    record Call(String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body) {
        /** Headers whose values are credentials: printed as {@code ***}. */
        static final Set<String> SECRET_HEADERS = Set.of("authorization", "proxy-authorization", "cookie", "x-api-key");

        /** Never prints credentials or the body; personal data in path and query is masked. */
        @Override
        public String toString() {
            StringBuilder out = new StringBuilder("Call[").append(method).append(' ').append(PersonalDataMask.mask(path));
            if (rawQuery != null && !rawQuery.isEmpty()) {
                out.append('?').append(PersonalDataMask.mask(rawQuery));
            }
            out.append(", headers={");
            if (headers != null) {
                String separator = "";
                for (Map.Entry<String, List<String>> header : headers.entrySet()) {
                    boolean secret = header.getKey() != null && SECRET_HEADERS.contains(header.getKey().toLowerCase(Locale.ROOT));
                    out.append(separator).append(header.getKey()).append('=')
                            .append(secret ? "***" : PersonalDataMask.mask(String.valueOf(header.getValue())));
                    separator = ", ";
                }
            }
            return out.append("}, body=").append(body == null ? 0 : body.length).append(" bytes]").toString();
        }
    }

    /** The handler's answer, with the dialect operation for the request log. */
    record Answer(int status, Map<String, String> headers, byte[] body, String operation) {
    }
}
