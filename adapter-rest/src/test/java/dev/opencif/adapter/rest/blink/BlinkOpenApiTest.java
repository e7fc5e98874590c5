package dev.opencif.adapter.rest.blink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BlinkOpenApiTest {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    private static JsonNode load() throws Exception {
        for (Path candidate : List.of(Path.of("..", "docs", "openapi", "blink.json"), Path.of("docs", "openapi", "blink.json"))) {
            if (Files.exists(candidate)) {
                return new ObjectMapper().readTree(Files.readAllBytes(candidate));
            }
        }
        throw new AssertionError("docs/openapi/blink.json not found");
    }

    @Test
    void documents_exactly_the_served_routes_under_the_default_base_path() throws Exception {
        JsonNode doc = load();
        assertThat(doc.path("openapi").asText()).startsWith("3.");
        assertThat(doc.path("servers").get(0).path("url").asText()).isEqualTo(BlinkConfig.DEFAULT_BASE_PATH);
        List<String> routes = new ArrayList<>();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (METHODS.contains(method)) {
                routes.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        assertThat(routes).containsExactlyInAnyOrderElementsOf(BlinkHandler.routes());
    }

    @Test
    void every_operation_declares_its_path_parameters_and_refs_resolve() throws Exception {
        JsonNode doc = load();
        doc.path("paths").fields().forEachRemaining(path -> {
            List<String> common = new ArrayList<>();
            path.getValue().path("parameters").forEach(p -> common.add(p.path("name").asText()));
            path.getValue().fields().forEachRemaining(op -> {
                if (!METHODS.contains(op.getKey())) {
                    return;
                }
                List<String> declared = new ArrayList<>(common);
                op.getValue().path("parameters").forEach(ref -> {
                    JsonNode p = ref.has("$ref")
                            ? doc.path("components").path("parameters").path(ref.path("$ref").asText().replace("#/components/parameters/", ""))
                            : ref;
                    if (p.path("in").asText().equals("path")) {
                        declared.add(p.path("name").asText());
                    }
                });
                List<String> inTemplate = new ArrayList<>();
                Matcher m = Pattern.compile("\\{([^}]+)}").matcher(path.getKey());
                while (m.find()) {
                    inTemplate.add(m.group(1));
                }
                assertThat(declared).as(op.getKey() + " " + path.getKey()).containsExactlyInAnyOrderElementsOf(inTemplate);
            });
        });
        Matcher refs = Pattern.compile("\"#/components/(schemas|responses|parameters)/([A-Za-z]+)\"").matcher(doc.toString());
        while (refs.find()) {
            assertThat(doc.path("components").path(refs.group(1)).has(refs.group(2))).as(refs.group()).isTrue();
        }
    }
}
