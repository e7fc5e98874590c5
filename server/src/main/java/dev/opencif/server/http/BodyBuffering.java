package dev.opencif.server.http;

import dev.opencif.dialect.ServerFailure;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.thread.Invocable;

/**
 * Reads the whole request body, up to the limit, before the request takes a slot: a client that sends its body
 * slowly holds a connection, never a thread or one of the {@code --max-requests} slots. A declared or actual body
 * over the limit is answered 413, a body slower than {@code --min-data-rate} 408, both in the dialect's format.
 */
final class BodyBuffering extends Handler.Wrapper {
    private static final byte[] EMPTY = new byte[0];
    /**
     * How much of a body over the limit is read and thrown away before the 413 goes out: a client still sending its
     * body when the server closes the connection would otherwise see a reset instead of the answer.
     */
    private static final long DRAIN_LIMIT = 16L * 1024 * 1024;
    private static final long DRAIN_SECONDS = 1;

    private final int maxBodyBytes;
    private final MountedDialects dialects;

    BodyBuffering(Handler next, int maxBodyBytes, MountedDialects dialects) {
        super(next);
        this.maxBodyBytes = maxBodyBytes;
        this.dialects = dialects;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long declared = request.getLength();
        if (declared > maxBodyBytes) {
            tooLarge(request, response, callback, declared <= DRAIN_LIMIT);
            return true;
        }
        if (declared == 0 || declared < 0 && !mayHaveBody(request)) {
            request.setAttribute(Exchange.BODY, EMPTY);
            return next(request, response, callback);
        }
        Content.Source.asByteArrayAsync(request, maxBodyBytes, Promise.Invocable.from(Invocable.InvocationType.BLOCKING,
                body -> {
                    request.setAttribute(Exchange.BODY, body);
                    next(request, response, callback);
                },
                failure -> failed(request, response, callback, failure)));
        return true;
    }

    /** HTTP/1 requests carry a body only with a length or a transfer coding. */
    private static boolean mayHaveBody(Request request) {
        HttpVersion version = request.getConnectionMetaData().getHttpVersion();
        return version.getVersion() >= HttpVersion.HTTP_2.getVersion() || request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
    }

    private boolean next(Request request, Response response, Callback callback) {
        try {
            if (!super.handle(request, response, callback)) {
                Response.writeError(request, response, callback, 404);
            }
        } catch (Throwable failure) {
            Response.writeError(request, response, callback, failure);
        }
        return true;
    }

    private void failed(Request request, Response response, Callback callback, Throwable failure) {
        if (failure instanceof IllegalStateException && String.valueOf(failure.getMessage()).startsWith("Max size")) {
            tooLarge(request, response, callback, true);
        } else if (failure instanceof TimeoutException) {
            fail(request, response, callback, ServerFailure.timeout());
        } else {
            // a broken chunk or a vanished client: Jetty words the status, the error handler the dialect's answer
            callback.failed(failure);
        }
    }

    /**
     * 413, after reading (and dropping) the rest of the body when {@code drain}: up to {@link #DRAIN_LIMIT} bytes and
     * for at most {@link #DRAIN_SECONDS}, so that a client that declared a body it never sends is answered too.
     */
    private void tooLarge(Request request, Response response, Callback callback, boolean drain) {
        java.util.concurrent.atomic.AtomicBoolean answered = new java.util.concurrent.atomic.AtomicBoolean();
        Runnable answer = () -> {
            if (answered.compareAndSet(false, true)) {
                fail(request, response, callback, ServerFailure.payloadTooLarge(maxBodyBytes));
            }
        };
        if (!drain) {
            answer.run();
            return;
        }
        request.getComponents().getScheduler().schedule(answer, DRAIN_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        new Runnable() {
            private long drained;

            @Override
            public void run() {
                while (!answered.get()) {
                    Content.Chunk chunk = request.read();
                    if (chunk == null) {
                        request.demand(this);
                        return;
                    }
                    if (Content.Chunk.isFailure(chunk)) {
                        answer.run();
                        return;
                    }
                    drained += chunk.remaining();
                    chunk.release();
                    if (chunk.isLast() || drained > DRAIN_LIMIT) {
                        answer.run();
                        return;
                    }
                }
            }
        }.run();
    }

    private void fail(Request request, Response response, Callback callback, ServerFailure failure) {
        MountedDialects.Answer answer = dialects.failure(request.getHttpURI().getPath(), failure);
        Exchange.send(request, response, callback, answer.dialect(), answer.response().withHeader("Connection", "close"));
    }
}
