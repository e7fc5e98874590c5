package dev.opencif.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs the end-to-end suites once more with every log line and every answer captured, then looks for the test data's
 * secrets, national ids, phone numbers and e-mail addresses: none may appear in any log line, nor in any answer that
 * refused a request (an answer to an authorised read may, of course, show the customer's own data).
 */
class PrivacySweepTest {
    private static final Class<?>[] SUITES = {DialectEndToEndTest.class, H2IdempotentRetriesTest.class, HostileInputTest.class,
        MalformedRequestTest.class, BadInputCatalogueTest.class, ServerInfrastructureTest.class};
    private static final List<String> SECRETS = List.of(E2e.ESB_SECRET, E2e.APP_KEY, E2e.CRM_TOKEN, E2e.BLINK_SECRET, E2e.JWT_SECRET,
            E2e.basic(E2e.ESB_CLIENT, E2e.ESB_SECRET).substring("Basic ".length()));
    /** National ids and phone numbers the suites send (the demo citizens, the e2e eKYC customer, the retry tests). */
    private static final List<String> PERSONAL = List.of("10000000146", "10000000214", "10000000382", "20000000428", "30000000632",
            "079203004512", "0912345678", "5550000214", "5550000146", "5550000382", "0721 234 567", "0721234567");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@example\\.(invalid|com)");
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}");

    @Test
    void no_log_line_and_no_refusal_shows_a_secret_or_the_test_datas_personal_data() {
        Logger root = (Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        // OpenCIF's own code is swept at DEBUG; Jetty stays at INFO, as the shipped logback.xml keeps it
        Logger opencif = (Logger) org.slf4j.LoggerFactory.getLogger("dev.opencif");
        Logger jetty = (Logger) org.slf4j.LoggerFactory.getLogger("org.eclipse.jetty");
        Level before = opencif.getLevel();
        Level jettyBefore = jetty.getLevel();
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        opencif.setLevel(Level.DEBUG);
        jetty.setLevel(Level.INFO);
        ConcurrentLinkedQueue<HttpResponse<String>> answers = new ConcurrentLinkedQueue<>();
        Http.recorded = answers;
        TestExecutionSummary summary;
        try {
            LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request();
            for (Class<?> suite : SUITES) {
                request.selectors(selectClass(suite));
            }
            LauncherDiscoveryRequest discovery = request.build();
            Launcher launcher = LauncherFactory.create();
            SummaryGeneratingListener listener = new SummaryGeneratingListener();
            launcher.execute(discovery, listener);
            summary = listener.getSummary();
        } finally {
            Http.recorded = null;
            root.detachAppender(logs);
            opencif.setLevel(before);
            jetty.setLevel(jettyBefore);
        }
        assertThat(summary.getTotalFailureCount()).as("the swept suites pass").isZero();
        assertThat(summary.getTestsSucceededCount()).isGreaterThan(500);

        List<String> lines = new ArrayList<>();
        for (ILoggingEvent event : logs.list) {
            lines.add(event.getFormattedMessage() + (event.getThrowableProxy() == null ? "" : " " + event.getThrowableProxy().getMessage()));
        }
        List<String> refusals = answers.stream().filter(PrivacySweepTest::refusal).map(HttpResponse::body).toList();
        System.out.printf("privacy sweep: %d tests, %d log lines, %d answers of which %d refusals searched%n",
                summary.getTestsSucceededCount(), lines.size(), answers.size(), refusals.size());
        assertThat(lines).hasSizeGreaterThan(500);
        assertThat(refusals).hasSizeGreaterThan(400);
        assertClean("log line", lines);
        assertClean("refusal", refusals);
    }

    private static void assertClean(String what, List<String> texts) {
        List<String> hits = new ArrayList<>();
        for (String text : texts) {
            for (String needle : SECRETS) {
                if (text.contains(needle)) {
                    hits.add("secret in " + what + ": " + text);
                }
            }
            for (String needle : PERSONAL) {
                if (text.contains(needle)) {
                    hits.add("personal data in " + what + ": " + text);
                }
            }
            if (EMAIL.matcher(text).find() || JWT.matcher(text).find()) {
                hits.add("e-mail or token in " + what + ": " + text);
            }
        }
        assertThat(hits).as("hits").isEmpty();
    }

    private static boolean refusal(HttpResponse<String> response) {
        if (response.statusCode() >= 400) {
            return true;
        }
        try {
            JsonNode body = E2e.JSON.readTree(response.body());
            return body != null && (body.at("/header/resultCode").isTextual() && !body.at("/header/resultCode").asText().equals("00")
                    || body.has("IsSuccess") && !body.get("IsSuccess").asBoolean()
                    || body.has("Error") && !body.get("Error").isNull());
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }
}
