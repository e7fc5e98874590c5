package dev.opencif.server.http;

import dev.opencif.dialect.ServerFailure;
import java.time.Duration;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.Callback;

/**
 * At most {@code --max-requests} requests are handled at once; up to {@code --queue-size} more wait (without a
 * thread) for at most {@code --queue-wait}; anything beyond is answered at once with 503 and {@code Retry-After}, in
 * the dialect's format. Nothing is dropped silently and no request waits without bound.
 */
final class OverloadGuard extends QoSHandler {
    static final int RETRY_AFTER_SECONDS = 1;

    private final MountedDialects dialects;

    OverloadGuard(Handler next, int maxRequests, int queueSize, Duration queueWait, MountedDialects dialects) {
        super(next);
        this.dialects = dialects;
        setMaxRequestCount(maxRequests);
        setMaxSuspendedRequestCount(queueSize);
        setMaxSuspend(queueWait);
    }

    @Override
    protected void reject(Request request, Response response, Callback callback, int status) {
        overloaded(request, response, callback);
    }

    @Override
    protected void failSuspended(Request request, Response response, Callback callback, int status, Throwable failure) {
        overloaded(request, response, callback);
    }

    private void overloaded(Request request, Response response, Callback callback) {
        MountedDialects.Answer answer = dialects.failure(request.getHttpURI().getPath(), ServerFailure.overloaded(RETRY_AFTER_SECONDS));
        Exchange.send(request, response, callback, answer.dialect(), answer.response());
    }
}
