package dev.opencif.adapter.rest.counterparty;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CounterpartyOpenApiTest {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    static List<String> documentedRoutes(JsonNode doc) {
        List<String> routes = new ArrayList<>();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (METHODS.contains(method)) {
                routes.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        return routes;
    }

    static JsonNode load(String name) throws Exception {
        for (Path candidate : List.of(Path.of("..", "docs", "openapi", name), Path.of("docs", "openapi", name))) {
            if (Files.exists(candidate)) {
                return new ObjectMapper().readTree(Files.readAllBytes(candidate));
            }
        }
        throw new AssertionError("docs/openapi/" + name + " not found");
    }

    @Test
    void documents_exactly_the_served_routes() throws Exception {
        JsonNode doc = load("counterparty.json");
        assertThat(doc.path("openapi").asText()).startsWith("3.");
        assertThat(documentedRoutes(doc)).containsExactlyInAnyOrderElementsOf(CounterpartyHandler.routes());
    }

    @Test
    void every_operation_declares_its_path_parameters_and_refs_resolve() throws Exception {
        JsonNode doc = load("counterparty.json");
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            List<String> declared = new ArrayList<>();
            op.getValue().path("parameters").forEach(p -> {
                if (p.path("in").asText().equals("path")) {
                    declared.add(p.path("name").asText());
                }
            });
            List<String> inTemplate = new ArrayList<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path.getKey());
            while (m.find()) {
                inTemplate.add(m.group(1));
            }
            assertThat(declared).as(op.getKey() + " " + path.getKey()).containsExactlyInAnyOrderElementsOf(inTemplate);
        }));
        String text = doc.toString();
        java.util.regex.Matcher refs = java.util.regex.Pattern.compile("\"#/components/(schemas|responses)/([A-Za-z]+)\"").matcher(text);
        while (refs.find()) {
            assertThat(doc.path("components").path(refs.group(1)).has(refs.group(2))).as(refs.group()).isTrue();
        }
    }
}
