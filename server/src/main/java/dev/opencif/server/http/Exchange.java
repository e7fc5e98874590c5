package dev.opencif.server.http;

import dev.opencif.dialect.DialectResponse;
import dev.opencif.dialect.PersonalDataMask;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.NanoTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How every answer leaves the server, whoever decided it (a dialect, the router, the error handler, the overload
 * guard): the same safety headers, the request id, and one masked access-log line.
 */
final class Exchange {
    static final String REQUEST_ID = "X-Request-Id";
    /** The request attribute under which {@link BodyBuffering} leaves the body it read. */
    static final String BODY = Exchange.class.getName() + ".body";
    /** The request attribute holding the request id once chosen, so that every answer to one request carries the same. */
    static final String ID = Exchange.class.getName() + ".id";

    private static final Logger ACCESS = LoggerFactory.getLogger("dev.opencif.server.access");
    private static final Pattern CLEAN_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private Exchange() {
    }

    /**
     * The client's {@code X-Request-Id} (or {@code X-Correlation-Id}) when it is clean and holds nothing the log mask
     * would hide, else a fresh UUID; stable per request.
     */
    static String requestId(Request request) {
        if (request.getAttribute(ID) instanceof String id) {
            return id;
        }
        HttpFields headers = request.getHeaders();
        String given = headers.get(REQUEST_ID);
        if (given == null) {
            given = headers.get("X-Correlation-Id");
        }
        // a request id that looks like personal data (a national id, a phone) is replaced: it is echoed and logged
        String id = given != null && CLEAN_REQUEST_ID.matcher(given).matches() && PersonalDataMask.mask(given).equals(given)
                ? given : UUID.randomUUID().toString();
        request.setAttribute(ID, id);
        return id;
    }

    /** Writes {@code answer} and completes {@code callback}; logs one access line naming {@code dialect}. */
    static void send(Request request, Response response, Callback callback, String dialect, DialectResponse answer) {
        String requestId = requestId(request);
        response.setStatus(answer.status());
        HttpFields.Mutable headers = response.getHeaders();
        for (Map.Entry<String, String> header : answer.headers().entrySet()) {
            String name = header.getKey();
            if (!name.equalsIgnoreCase("Content-Length") && !name.equalsIgnoreCase("Transfer-Encoding")) {
                headers.put(name, header.getValue());
            }
        }
        headers.put(REQUEST_ID, requestId);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        byte[] body = HttpStatus.hasNoBody(answer.status()) ? new byte[0] : answer.body();
        headers.put(HttpHeader.CONTENT_LENGTH, body.length);
        boolean head = "HEAD".equals(request.getMethod());
        long millis = NanoTime.millisSince(request.getBeginNanoTime());
        ACCESS.info("dialect={} op={} status={} ms={} rid={} {} {}", dialect, answer.operation(), answer.status(), millis, requestId,
                request.getMethod(), PersonalDataMask.maskPath(request.getHttpURI().getPath()));
        response.write(true, head || body.length == 0 ? null : ByteBuffer.wrap(body), callback);
    }
}
