package dev.opencif.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opencif.server.http.HttpLimits;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code java.net.http} would never send, over a raw socket: every malformed or oversized request gets a 4xx
 * in the format of the dialect that serves its path — never a container page, a stack trace or an exception name.
 * A request line too broken to have a path gets the server's own {@code {"error":…}} format.
 */
class MalformedRequestTest {
    private static final int MAX_BODY = 4096;

    @TempDir
    static Path dir;

    private static OpenCifServer server;

    @BeforeAll
    static void start() {
        ServerConfig config = E2e.config(dir);
        HttpLimits limits = config.limits().withMaxBodyBytes(MAX_BODY);
        server = OpenCifServer.start(config.withLimits(limits));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static RawHttp.Reply send(String request) throws Exception {
        RawHttp.Reply reply = RawHttp.exchange(server.port(), request);
        assertThat(reply.body()).doesNotContainIgnoringCase("jetty").doesNotContain("<html", "Exception", "at org.", "at dev.");
        assertThat(reply.headers()).containsEntry("x-content-type-options", "nosniff").doesNotContainKey("server");
        return reply;
    }

    @Test
    void a_content_length_beyond_the_limit_is_413_in_the_dialects_format_even_when_the_body_never_comes() throws Exception {
        RawHttp.Reply reply = send("POST /api/openApi/CallAction HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: 5000000\r\n\r\n{");
        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.body()).contains("\"IsSuccess\":false", "PAYLOAD_TOO_LARGE", "4096");
    }

    @Test
    void every_dialect_words_a_413_in_its_own_format() throws Exception {
        String[][] cases = {
            {"/accountService/v1/create-ekyc-account", "\"resultCode\":\"12\""},
            {"/interapi/v1/CreateDigitalCustomer", "\"ServiceError\""},
            {"/api/v1/counterparty/" + java.util.UUID.randomUUID() + "/customers", "\"code\":\"PAYLOAD_TOO_LARGE\""},
            {"/api/openApi/CallAction", "\"IsSuccess\":false"},
            {"/blink/v1/customers", "\"code\":\"PAYLOAD_TOO_LARGE\""},
        };
        for (String[] c : cases) {
            RawHttp.Reply reply = send("POST " + c[0] + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 5000000\r\n\r\n");
            System.out.println("413 on " + c[0] + ": " + reply.body());
            assertThat(reply.status()).as(c[0]).isEqualTo(413);
            assertThat(reply.body()).as(c[0]).contains(c[1], "4096");
            assertThat(reply.headers()).as(c[0]).containsEntry("connection", "close");
        }
    }

    @Test
    void a_content_length_that_is_no_number_is_400_in_the_dialects_format() throws Exception {
        RawHttp.Reply overflow = send("POST /api/openApi/CallAction HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: 99999999999999999999999\r\n\r\n{}");
        assertThat(overflow.status()).isEqualTo(400);
        assertThat(overflow.body()).contains("\"IsSuccess\":false", "BAD_REQUEST");
        RawHttp.Reply letters = send("POST /accountService/v1/get-account-list HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n{}");
        assertThat(letters.status()).isEqualTo(400);
        assertThat(letters.body()).contains("\"resultCode\"", "BAD_REQUEST");
    }

    @Test
    void a_chunked_body_over_the_limit_is_413_in_the_dialects_format() throws Exception {
        String chunk = Integer.toHexString(2000) + "\r\n" + "x".repeat(2000) + "\r\n";
        RawHttp.Reply blink = send("POST /blink/v1/customers HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n" + chunk.repeat(3) + "0\r\n\r\n");
        assertThat(blink.status()).isEqualTo(413);
        assertThat(blink.body()).contains("\"code\":\"PAYLOAD_TOO_LARGE\"");
        RawHttp.Reply esb = send("POST /accountService/v1/create-ekyc-account HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n" + chunk.repeat(3) + "0\r\n\r\n");
        assertThat(esb.status()).isEqualTo(413);
        assertThat(esb.body()).contains("\"resultCode\"", "PAYLOAD_TOO_LARGE");
    }

    @Test
    void a_chunked_body_within_the_limit_reaches_the_dialect() throws Exception {
        String json = E2e.callAction("NoSuchAction", "{}");
        RawHttp.Reply reply = send("POST /api/openApi/CallAction HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(json.length()) + "\r\n" + json + "\r\n0\r\n\r\n");
        assertThat(reply.body()).contains("\"IsSuccess\":false", "ActionName");
    }

    @Test
    void a_bad_percent_encoding_in_the_query_is_400_in_the_dialects_format() throws Exception {
        RawHttp.Reply reply = send("GET /blink/v1/customers?customerNumber=%zz HTTP/1.1\r\nHost: x\r\n" + "Authorization: "
                + E2e.blinkAuth()[1] + "\r\n\r\n");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("\"code\"");
    }

    @Test
    void a_request_line_without_a_readable_path_is_400_in_the_servers_format() throws Exception {
        for (String line : new String[] {"GET /blink/v1/customers/%zz HTTP/1.1", "GET /x%2 HTTP/1.1", "GARBAGE", "G(T / HTTP/1.1"}) {
            RawHttp.Reply reply = send(line + "\r\nHost: x\r\n\r\n");
            assertThat(reply.status()).as(line).isEqualTo(400);
            assertThat(reply.body()).as(line).isEqualTo("{\"error\":{\"code\":\"BAD_REQUEST\",\"message\":"
                    + "\"the request is malformed (request line, headers, URI encoding or body framing)\"}}");
        }
    }

    @Test
    void an_ambiguous_path_is_400_in_the_dialects_format() throws Exception {
        RawHttp.Reply reply = send("GET /blink/v1/customers/a%2Fb HTTP/1.1\r\nHost: x\r\n\r\n");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("\"code\":\"BAD_REQUEST\"");
    }

    @Test
    void headers_over_8_kib_are_431_in_the_dialects_format() throws Exception {
        RawHttp.Reply reply = send("POST /interapi/v1/CreateDigitalCustomer HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(9000)
                + "\r\n\r\n");
        assertThat(reply.status()).isEqualTo(431);
        assertThat(reply.body()).contains("BAD_REQUEST", "headers are too large");
    }
}
