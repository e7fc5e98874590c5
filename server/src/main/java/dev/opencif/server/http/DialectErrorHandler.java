package dev.opencif.server.http;

import dev.opencif.application.support.FailureLog;
import dev.opencif.dialect.PersonalDataMask;
import dev.opencif.dialect.ServerFailure;
import java.util.Map;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error Jetty itself decides (a malformed request line or header, a URI too long, an ambiguous path, a body
 * that broke off, an idle timeout, a handler failure) is answered in the format of the dialect that serves the path,
 * with a fixed message per status: Jetty's own text, which may quote the request or name an exception, goes to the
 * debug log only. A request too malformed to have a path gets the server's own {@code {"error":…}} format.
 */
final class DialectErrorHandler extends ErrorHandler {
    private static final Logger LOG = LoggerFactory.getLogger(DialectErrorHandler.class);

    private final MountedDialects dialects;
    private final int maxBodyBytes;

    DialectErrorHandler(MountedDialects dialects, int maxBodyBytes) {
        this.dialects = dialects;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        if (request.getAttribute(ERROR_STATUS) instanceof Integer given) {
            status = given;
        }
        Throwable cause = request.getAttribute(ERROR_EXCEPTION) instanceof Throwable t ? t : null;
        if (cause instanceof HttpException http) {
            status = http.getCode();
        }
        if (status < 400 || status > 599) {
            status = 500;
        }
        ServerFailure failure = failure(status, request);
        if (status >= 500 && status != 503 && status != 505) {
            LOG.warn("request {} failed with {}: {}", Exchange.requestId(request), status,
                    cause == null ? "no cause" : FailureLog.describe(cause));
        } else if (LOG.isDebugEnabled()) {
            LOG.debug("{} for {} {}: {}", status, request.getMethod(), PersonalDataMask.maskPath(request.getHttpURI().getPath()),
                    PersonalDataMask.mask(String.valueOf(request.getAttribute(ERROR_MESSAGE))));
        }
        String path = request.getHttpURI().getPath();
        MountedDialects.Answer answer = dialects.failure(BAD_MESSAGE_PATHS.contains(path) ? null : path, failure);
        Exchange.send(request, response, callback, answer.dialect(), answer.response());
        return true;
    }

    /** The synthetic paths Jetty gives requests whose request line could not be read at all. */
    private static final java.util.Set<String> BAD_MESSAGE_PATHS = java.util.Set.of("/badMessage", "/badRequest");

    private ServerFailure failure(int status, Request request) {
        return switch (status) {
            case 400 -> ServerFailure.badRequest(400, "the request is malformed (request line, headers, URI encoding or body framing)");
            case 408 -> ServerFailure.timeout();
            case 413 -> ServerFailure.payloadTooLarge(maxBodyBytes);
            case 414 -> ServerFailure.badRequest(414, "the request URI is too long");
            case 431 -> ServerFailure.badRequest(431, "the request headers are too large");
            case 503 -> ServerFailure.overloaded(OverloadGuard.RETRY_AFTER_SECONDS);
            case 505 -> new ServerFailure(505, "HTTP_VERSION_NOT_SUPPORTED", "use HTTP/1.1", Map.of());
            default -> status >= 500 ? ServerFailure.internal(Exchange.requestId(request))
                    : ServerFailure.badRequest(status, "the request cannot be processed (HTTP " + status + ")");
        };
    }
}
