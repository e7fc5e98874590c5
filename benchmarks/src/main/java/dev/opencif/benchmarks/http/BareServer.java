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
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.Executors;
import javax.sql.DataSource;

/**
 * The HTTP baseline: the JDK's HTTP server on 32 threads that parses the same JSON as the OpenCIF server and runs
 * the same plain-JDBC statements on an H2 file database with the same schema — no authentication, validation,
 * domain model or dialect mapping. Routes: counterparty create ({@code POST …/customers}), ESB
 * {@code get-customer-by-id}, {@code GET /health}. Usage: {@code BareServer <port> <data-dir>}.
 */
public final class BareServer {
    static final ObjectMapper JSON = new ObjectMapper();

    private BareServer() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        int port = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        Files.createDirectories(dir);
        JdbcAdapters db = JdbcAdapters.h2File(dir, Clock.systemUTC());
        HttpServer server = start(port, db.dataSource());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop(0);
            db.close();
        }));
        System.out.println("bare server on http://127.0.0.1:" + server.getAddress().getPort());
    }

    public static HttpServer start(int port, DataSource dataSource) throws IOException {
        InMemoryIbanIssuer ibans = new InMemoryIbanIssuer(CountryCode.of("LT"), "60080");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
        server.setExecutor(Executors.newFixedThreadPool(32));
        server.createContext("/health", ex -> reply(ex, 200, "{\"status\":\"UP\"}".getBytes()));
        server.createContext("/api/v1/counterparty/", ex -> {
            try {
                String[] parts = ex.getRequestURI().getPath().split("/");
                String counterparty = parts[4];
                JsonNode body = read(ex);
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
                reply(ex, 200, JSON.writeValueAsBytes(out));
            } catch (Exception e) {
                reply(ex, 500, ("{\"error\":\"" + e.getClass().getSimpleName() + "\"}").getBytes());
            }
        });
        server.createContext("/accountService/v1/", ex -> {
            try {
                JsonNode body = read(ex);
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
                reply(ex, 200, JSON.writeValueAsBytes(out));
            } catch (Exception e) {
                reply(ex, 500, ("{\"error\":\"" + e.getClass().getSimpleName() + "\"}").getBytes());
            }
        });
        server.start();
        return server;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static JsonNode read(HttpExchange ex) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            return JSON.readTree(in.readAllBytes());
        }
    }

    private static void reply(HttpExchange ex, int status, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }
}
