package dev.opencif.adapter.rest;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Captures what one logger writes while open, for tests that check what is (and is not) logged. */
public final class LogCapture implements AutoCloseable {
    private final Logger logger;
    private final Level before;
    private final boolean additive;
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();

    private LogCapture(Class<?> owner) {
        logger = (Logger) LoggerFactory.getLogger(owner);
        before = logger.getLevel();
        additive = logger.isAdditive();
        events.start();
        logger.setAdditive(false);
        logger.setLevel(Level.TRACE);
        logger.addAppender(events);
    }

    public static LogCapture of(Class<?> owner) {
        return new LogCapture(owner);
    }

    public List<ILoggingEvent> events() {
        return List.copyOf(events.list);
    }

    @Override
    public void close() {
        logger.detachAppender(events);
        logger.setLevel(before);
        logger.setAdditive(additive);
    }
}
