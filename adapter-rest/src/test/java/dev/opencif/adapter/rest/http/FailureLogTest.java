package dev.opencif.adapter.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.opencif.adapter.rest.LogCapture;
import dev.opencif.application.support.FailureLog;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The shared failure log of application.support, tested where a logging backend is on the class path. */
class FailureLogTest {
    private static final String PERSONAL = "Key (phone)=(+905321234567) ayse.yilmaz@example.com";

    private static RuntimeException chain() {
        SQLException root = new SQLException("insert failed for " + PERSONAL);
        return new IllegalStateException("statement failed: " + PERSONAL,
                new UncheckedIOException("wrapped " + PERSONAL, new java.io.IOException(PERSONAL, root)));
    }

    @Test
    void describes_a_failure_by_the_class_names_of_its_cause_chain_and_the_root_causes_top_frames() {
        RuntimeException failure = chain();
        String text = FailureLog.describe(failure);
        assertThat(text).startsWith("java.lang.IllegalStateException <- java.io.UncheckedIOException <- java.io.IOException"
                + " <- java.sql.SQLException at ");
        StackTraceElement top = rootOf(failure).getStackTrace()[0];
        assertThat(text).contains(top.getClassName() + "." + top.getMethodName() + "(");
        assertThat(text.split(" \\| ")).hasSize(Math.min(FailureLog.FRAMES, rootOf(failure).getStackTrace().length));
    }

    @Test
    void never_includes_an_exception_message() {
        String text = FailureLog.describe(chain());
        assertThat(text).doesNotContain("+905321234567", "ayse", "example.com", "insert failed", "statement failed", "wrapped");
    }

    @Test
    void survives_a_cause_cycle_and_a_missing_exception() {
        IllegalStateException a = new IllegalStateException("a " + PERSONAL);
        IllegalArgumentException b = new IllegalArgumentException("b", a);
        a.initCause(b);
        assertThat(FailureLog.describe(a)).startsWith("java.lang.IllegalStateException <- java.lang.IllegalArgumentException at ")
                .doesNotContain("ayse");
        assertThat(FailureLog.describe(null)).isEqualTo("(no exception)");
    }

    @Test
    void logs_one_error_line_with_operation_and_request_id_but_neither_message_nor_throwable() {
        try (LogCapture log = LogCapture.of(FailureLogTest.class)) {
            new FailureLog(FailureLogTest.class).unexpected("counterparty.list-customers", "rid-42\nFAKE LINE", chain());
            assertThat(log.events()).hasSize(1);
            ILoggingEvent event = log.events().get(0);
            assertThat(event.getLevel()).isEqualTo(Level.ERROR);
            assertThat(event.getThrowableProxy()).isNull();
            assertThat(event.getFormattedMessage()).contains("counterparty.list-customers", "rid-42_FAKE_LINE",
                    "java.lang.IllegalStateException", "java.sql.SQLException").doesNotContain("\n", "ayse", "+905321234567");
        }
    }

    private static Throwable rootOf(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root;
    }
}
