package dev.opencif.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** One access-log line per request with dialect, operation, status, duration and request id; personal data masked. */
class AccessLogTest {

    @Test
    void writes_one_masked_line_per_request(@TempDir Path dir) {
        Logger access = (Logger) LoggerFactory.getLogger("dev.opencif.server.access");
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        Level before = access.getLevel();
        access.setLevel(Level.INFO);
        access.addAppender(lines);
        try (OpenCifServer server = OpenCifServer.start(E2e.config(dir))) {
            Http http = new Http(server);
            http.get("/blink/v1/persons/ayse.yilmaz@example.com/contactdetails?phone=05321234567", "X-Request-Id", "rid-1",
                    "Authorization", "Bearer " + E2e.BLINK_USER + "." + E2e.BLINK_SECRET);
            http.post("/accountService/v1/valid-phone-number", E2e.esb("{\"phoneNumber\":\"0912345678\"}"), "X-Request-Id", "rid-2");
        } finally {
            access.detachAppender(lines);
            access.setLevel(before);
        }
        List<String> messages = lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0)).contains("dialect=blink", "op=blink.list-contact-details", "rid=rid-1", "ms=", "GET /blink/v1/persons/***@***/contactdetails")
                .doesNotContain("ayse", "0532", E2e.BLINK_SECRET);
        assertThat(messages.get(1)).contains("dialect=esb", "op=valid-phone-number", "status=200", "rid=rid-2").doesNotContain("0912345678");
    }
}
