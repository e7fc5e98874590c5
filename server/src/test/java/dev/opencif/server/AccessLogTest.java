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

/**
 * One access-log line per request with dialect, operation, status, duration, request id and the path; personal data
 * in the path is masked, and credentials sent in headers appear in no log line at all.
 */
class AccessLogTest {
    private static final String EMAIL = "ayse.yilmaz@example.com";
    private static final String PHONE = "+905321234567";
    private static final String TCKN = "10485736240";

    @Test
    void writes_one_line_per_request_with_personal_data_in_the_path_masked(@TempDir Path dir) {
        Logger access = (Logger) LoggerFactory.getLogger("dev.opencif.server.access");
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        ListAppender<ILoggingEvent> everything = new ListAppender<>();
        lines.start();
        everything.start();
        Level accessBefore = access.getLevel();
        Level rootBefore = root.getLevel();
        access.setLevel(Level.INFO);
        root.setLevel(Level.INFO);
        access.addAppender(lines);
        root.addAppender(everything);
        String basic = E2e.basic(E2e.ESB_CLIENT, E2e.ESB_SECRET);
        try (OpenCifServer server = OpenCifServer.start(E2e.config(dir))) {
            Http http = new Http(server);
            http.get("/blink/v1/persons/" + EMAIL + "/contactdetails", "X-Request-Id", "rid-1",
                    "Authorization", "Bearer " + E2e.BLINK_USER + "." + E2e.BLINK_SECRET);
            http.get("/blink/v1/persons/" + PHONE + "/contactdetails", "X-Request-Id", "rid-2", E2e.blinkAuth()[0], E2e.blinkAuth()[1]);
            http.post("/accountService/v1/" + TCKN, E2e.esb("{}"), "X-Request-Id", "rid-3", "Authorization", basic);
        } finally {
            access.detachAppender(lines);
            root.detachAppender(everything);
            access.setLevel(accessBefore);
            root.setLevel(rootBefore);
        }
        List<String> messages = lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(messages).hasSize(3);
        assertThat(messages.get(0)).contains("dialect=blink", "op=blink.list-contact-details", "rid=rid-1", "ms=",
                "GET /blink/v1/persons/***@***/contactdetails").doesNotContain(EMAIL, "ayse.yilmaz", "example.com");
        assertThat(messages.get(1)).contains("dialect=blink", "rid=rid-2", "GET /blink/v1/persons/***67/contactdetails")
                .doesNotContain("5321234567");
        assertThat(messages.get(2)).contains("dialect=esb", "rid=rid-3", "POST /accountService/v1/***40")
                .doesNotContain(TCKN);
        List<String> all = everything.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(all).isNotEmpty().allSatisfy(line -> assertThat(line)
                .doesNotContain(E2e.BLINK_SECRET, E2e.ESB_SECRET, basic.substring("Basic ".length())));
    }
}
