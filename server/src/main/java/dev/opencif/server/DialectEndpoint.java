package dev.opencif.server;

import java.util.List;
import java.util.Map;

/** One dialect's handler as the router sees it: the server-side glue around an adapter's request/response records. */
@FunctionalInterface
public interface DialectEndpoint {

    Answer handle(Call call);

    /** An HTTP request as read from the wire: the body is at most the limit plus one byte. */
    record Call(String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body) {
    }

    /** The handler's answer, with the dialect operation for the request log. */
    record Answer(int status, Map<String, String> headers, byte[] body, String operation) {
    }
}
