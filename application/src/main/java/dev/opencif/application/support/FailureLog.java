package dev.opencif.application.support;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs an adapter's unexpected failure (the one answered with a generic 500) at ERROR without any exception
 * message — one mechanism for every dialect adapter and the server — since driver and Jdbi messages carry bound personal data: only the operation, the request id, the class
 * names of the cause chain and the top frames of the root cause.
 */
public final class FailureLog {
    /** Frames of the root cause's stack trace that are logged. */
    public static final int FRAMES = 5;
    private static final int MAX_CAUSES = 10;
    private static final int MAX_ID = 64;
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._:/-]");

    private final Logger logger;

    public FailureLog(Class<?> handler) {
        this.logger = LoggerFactory.getLogger(handler);
    }

    /** Logs {@code failure} of {@code operation} for the request {@code requestId} (either may be null). */
    public void unexpected(String operation, String requestId, Throwable failure) {
        logger.error("{} failed unexpectedly (request id {}): {}", clean(operation), clean(requestId), describe(failure));
    }

    /**
     * The failure without its messages: {@code java.lang.IllegalStateException <- java.sql.SQLException at
     * org.h2.Foo.bar(Foo.java:12) | ...}: the cause chain outermost first, then the root cause's top frames.
     */
    public static String describe(Throwable failure) {
        if (failure == null) {
            return "(no exception)";
        }
        StringBuilder out = new StringBuilder();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Throwable root = failure;
        for (Throwable t = failure; t != null && seen.add(t) && seen.size() <= MAX_CAUSES; t = t.getCause()) {
            if (out.length() > 0) {
                out.append(" <- ");
            }
            out.append(t.getClass().getName());
            root = t;
        }
        StackTraceElement[] frames = root.getStackTrace();
        for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
            out.append(i == 0 ? " at " : " | ").append(frame(frames[i]));
        }
        return out.toString();
    }

    private static String frame(StackTraceElement e) {
        return e.getClassName() + "." + e.getMethodName() + "(" + (e.getFileName() == null ? "?" : e.getFileName())
                + (e.getLineNumber() >= 0 ? ":" + e.getLineNumber() : "") + ")";
    }

    /** A value from the request, safe for one log line: no control characters, at most 64 characters. */
    static String clean(String value) {
        if (value == null || value.isBlank()) {
            return "-";
        }
        String cut = value.length() > MAX_ID ? value.substring(0, MAX_ID) : value;
        return UNSAFE.matcher(cut).replaceAll("_");
    }
}
