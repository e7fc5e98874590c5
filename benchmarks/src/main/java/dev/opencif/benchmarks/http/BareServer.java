package dev.opencif.benchmarks.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.opencif.adapter.jdbc.JdbcAdapters;
import dev.opencif.benchmarks.PlainJdbc;
import dev.opencif.domain.shared.CountryCode;
import dev.opencif.testkit.memory.InMemoryIbanIssuer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The HTTP baselines: a server on 32 threads that parses the same JSON as the OpenCIF server and runs the same
 * plain-JDBC statements on an H2 file database with the same schema — no authentication, validation, domain model
 * or dialect mapping. Two transports around the same routes: the JDK's {@code HttpServer} ({@code jdk}) and Eclipse
 * Jetty 12's core API with the pool and connector settings OpenCIF uses ({@code jetty}). Routes: counterparty create
 * ({@code POST …/customers}), ESB {@code get-customer-by-id}, {@code GET /health}.
 * Usage: {@code BareServer <port> <data-dir> [jdk|jetty]} (default {@code jdk}).
 */
public final class BareServer {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final int THREADS = 32;

    private final DataSource dataSource;
    private final InMemoryIbanIssuer ibans = new InMemoryIbanIssuer(CountryCode.of("LT"), "60080");

    /** One answer: status and JSON body. */
    record Answer(int status, byte[] body) {
    }

    BareServer(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        boolean jetty = args.length > 2 && args[2].equals("jetty");
        Files.createDirectories(dir);
        JdbcAdapters db = JdbcAdapters.h2File(dir, Clock.systemUTC());
        BareServer routes = new BareServer(db.dataSource());
        AutoCloseable server = jetty ? routes.startJetty(port) : routes.startJdk(port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                // stopping anyway
            }
            db.close();
        }));
        System.out.println("bare " + (jetty ? "Jetty" : "JDK") + " server on http://127.0.0.1:" + port);
    }

    /** Answers one request from its method, path and body. */
    Answer handle(String path, byte[] body) {
        try {
            if (path.equals("/health")) {
                return new Answer(200, "{\"status\":\"UP\"}".getBytes());
            }
            if (path.startsWith("/api/v1/counterparty/")) {
                return createCustomer(path.split("/")[4], JSON.readTree(body));
            }
            if (path.startsWith("/accountService/v1/")) {
                return customerByCif(JSON.readTree(body));
            }
            return new Answer(404, "{\"error\":\"NOT_FOUND\"}".getBytes());
        } catch (Exception e) {
            return new Answer(500, ("{\"error\":\"" + e.getClass().getSimpleName() + "\"}").getBytes());
        }
    }

    private Answer createCustomer(String counterparty, JsonNode body) throws Exception {
        PlainJdbc.Person p = new PlainJdbc.Person(text(body, "name"), text(body, "surname"), null, null,
                text(body, "phone_number"), null, counterparty, text(body, "login"));
        UUID id;
        try (Connection c = dataSource.getConnection()) {
            id = PlainJdbc.onboard(c, p, ibans, "EMONEY_WALLET", text(body, "asset_code"), 2, text(body, "asset_issuer"),
                    "COUNTERPARTY");
        }
        ObjectNode out = JSON.createObjectNode();
        out.put("customer_guid", id.toString()).put("type", "EMONEY_WALLET").put("name", p.firstName() + " " + p.lastName())
                .put("asset_code", text(body, "asset_code")).put("asset_issuer", text(body, "asset_issuer")).put("balance", "0");
        return new Answer(200, JSON.writeValueAsBytes(out));
    }

    private Answer customerByCif(JsonNode body) throws Exception {
        long cif = Long.parseLong(body.path("data").path("cif").asText());
        PlainJdbc.Row row;
        try (Connection c = dataSource.getConnection()) {
            row = PlainJdbc.customerByCif(c, cif);
        }
        ObjectNode out = JSON.createObjectNode();
        ObjectNode header = out.putObject("header");
        header.put("requestId", body.path("header").path("requestId").asText()).put("resultCode", row == null ? "02" : "00");
        if (row != null) {
            ObjectNode data = out.putObject("data");
            // positions in PlainJdbc.CUSTOMER_SELECT: id, cif, customer_type, first_name, last_name, …, status (11)
            data.put("cif", String.valueOf(row.columns()[1])).put("customerId", row.id().toString())
                    .put("firstName", String.valueOf(row.columns()[3])).put("lastName", String.valueOf(row.columns()[4]))
                    .put("status", String.valueOf(row.columns()[11]));
        }
        return new Answer(200, JSON.writeValueAsBytes(out));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** The JDK transport: {@code HttpServer} with a fixed pool of 32 threads, Nagle off. */
    AutoCloseable startJdk(int port) throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
        server.setExecutor(Executors.newFixedThreadPool(THREADS));
        server.createContext("/", ex -> {
            byte[] body;
            try (InputStream in = ex.getRequestBody()) {
                body = in.readAllBytes();
            }
            reply(ex, handle(ex.getRequestURI().getPath(), body));
        });
        server.start();
        return () -> server.stop(0);
    }

    private static void reply(HttpExchange ex, Answer answer) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(answer.status(), answer.body().length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(answer.body());
        }
    }

    /** The Jetty transport: one blocking core handler on a pool of 32 (+ 8) threads, as OpenCIF's server sizes it. */
    AutoCloseable startJetty(int port) throws Exception {
        QueuedThreadPool pool = new QueuedThreadPool(THREADS + 8, 8);
        Server server = new Server(pool);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        connector.setAcceptQueueSize(256);
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                byte[] body = Request.asInputStream(request).readAllBytes();
                Answer answer = BareServer.this.handle(request.getHttpURI().getPath(), body);
                response.setStatus(answer.status());
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
                response.getHeaders().put(HttpHeader.CONTENT_LENGTH, answer.body().length);
                response.write(true, ByteBuffer.wrap(answer.body()), callback);
                return true;
            }
        });
        server.start();
        return server::stop;
    }
}
