package dev.opencif.server.http;

import dev.opencif.dialect.ServerFailure;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Counts requests in flight so that stopping waits for them; a request that arrives on an open connection while the
 * server stops is answered 503 in its dialect's format (another instance may take it), never a container page.
 */
final class StoppingGate extends GracefulHandler {
    private final MountedDialects dialects;

    StoppingGate(Handler next, MountedDialects dialects) {
        super(next);
        this.dialects = dialects;
    }

    @Override
    protected void handleShutdownRejection(Request request, Response response, Callback callback) {
        MountedDialects.Answer answer = dialects.failure(request.getHttpURI().getPath(), ServerFailure.stopping());
        Exchange.send(request, response, callback, answer.dialect(), answer.response().withHeader("Connection", "close"));
    }
}
