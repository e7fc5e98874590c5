package dev.opencif.adapter.esb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opencif.dialect.DialectRequest;
import dev.opencif.dialect.DialectResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs every request example of {@code docs/dialects/esb.md} and {@code docs/dialects/interapi.md} in order
 * on one data set and compares each answer with the documented response, volatile fields aside. Examples are
 * marked {@code <!-- example:request NAME [path=/…] -->} and {@code <!-- example:response NAME status=NNN -->}
 * right before a fenced json block. Run with {@code -Dopencif.docs.print=true} to print the actual answers.
 */
class DialectDocsTest {
    private static final Pattern EXAMPLE = Pattern.compile(
            "<!-- example:(request|response) (\\S+)((?: \\w+=\\S+)*) -->\\s*\\n```json\\n(.*?)\\n```", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=(\\S+)");
    /** Times and random ids: present on both sides, values not compared. */
    private static final Set<String> VOLATILE = Set.of("responseTime", "customerId", "openedAt", "heldAt", "expiresAt",
            "createdAt", "updatedAt", "grantedAt", "revokedAt", "verifiedAt");
    /** Generated numbers: compared by binding, so later requests use what was actually issued. */
    private static final Set<String> GENERATED = Set.of("cif", "accountNo", "ProcessId", "CustomerId");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final boolean PRINT = Boolean.getBoolean("opencif.docs.print");

    private final EsbFixture fx = new EsbFixture();

    @Test
    void esb_examples_run_as_documented() throws IOException {
        List<Example> examples = examples("esb.md");
        assertThat(examples.stream().filter(e -> e.request).map(e -> e.name).distinct())
                .containsAll(fx.esb().operations());
        run(examples, "/accountService/v1/", fx.esb()::handle);
    }

    @Test
    void interapi_examples_run_as_documented() throws IOException {
        List<Example> examples = examples("interapi.md");
        assertThat(examples.stream().filter(e -> e.request).map(e -> e.name).distinct())
                .contains("CreateDigitalCustomer", "UpdateDigitalCustomerInformations", "CompleteDigitalCustomer");
        run(examples, "/interapi/v1/", fx.interApi()::handle);
    }

    private void run(List<Example> examples, String base, Function<DialectRequest, DialectResponse> handler) {
        Map<String, String> bindings = new LinkedHashMap<>();
        assertThat(examples).isNotEmpty();
        for (int i = 0; i < examples.size(); i += 2) {
            Example request = examples.get(i);
            assertThat(request.request).as("example %d (%s) must be a request", i, request.name).isTrue();
            assertThat(i + 1).as("request %s has no response example", request.name).isLessThan(examples.size());
            Example expected = examples.get(i + 1);
            assertThat(expected.request).as("example after request %s must be its response", request.name).isFalse();
            assertThat(expected.name).isEqualTo(request.name);
            String body = request.json;
            for (Map.Entry<String, String> binding : bindings.entrySet()) {
                body = body.replace(binding.getKey(), binding.getValue());
            }
            String path = request.attributes.getOrDefault("path", base + request.name);
            DialectResponse response = handler.apply(DialectRequest.json("POST", path, body));
            if (PRINT) {
                System.out.println("=== " + request.name + " " + response.status() + "\n" + pretty(response.bodyText()));
                continue;
            }
            assertThat(response.status()).as(request.name + ": " + response.bodyText())
                    .isEqualTo(Integer.parseInt(expected.attributes.getOrDefault("status", "200")));
            compare(read(expected.json), read(response.bodyText()), request.name, bindings);
        }
    }

    private static void compare(JsonNode expected, JsonNode actual, String path, Map<String, String> bindings) {
        if (expected.isObject()) {
            assertThat(actual.isObject()).as(path + " is an object").isTrue();
            assertThat(iterable(actual.fieldNames())).as(path + " fields").containsExactlyElementsOf(iterable(expected.fieldNames()));
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String name = field.getKey();
                JsonNode value = actual.get(name);
                if (VOLATILE.contains(name)) {
                    assertThat(value.isNull()).as(path + "." + name + " presence").isEqualTo(field.getValue().isNull());
                } else if (GENERATED.contains(name) && field.getValue().isValueNode()) {
                    bindings.putIfAbsent(field.getValue().asText(), value.asText());
                    assertThat(value.asText()).as(path + "." + name).isEqualTo(bindings.get(field.getValue().asText()));
                } else {
                    compare(field.getValue(), value, path + "." + name, bindings);
                }
            }
        } else if (expected.isArray()) {
            assertThat(actual.size()).as(path + " size").isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                compare(expected.get(i), actual.get(i), path + "[" + i + "]", bindings);
            }
        } else {
            assertThat(actual).as(path).isEqualTo(expected);
        }
    }

    private static List<String> iterable(Iterator<String> names) {
        List<String> out = new ArrayList<>();
        names.forEachRemaining(out::add);
        return out;
    }

    private record Example(boolean request, String name, Map<String, String> attributes, String json) {
    }

    private static List<Example> examples(String file) throws IOException {
        Path path = Path.of("..", "docs", "dialects", file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        List<Example> out = new ArrayList<>();
        Matcher m = EXAMPLE.matcher(text);
        while (m.find()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher a = ATTRIBUTE.matcher(m.group(3));
            while (a.find()) {
                attributes.put(a.group(1), a.group(2));
            }
            out.add(new Example(m.group(1).equals("request"), m.group(2), attributes, m.group(4)));
        }
        return out;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    private static String pretty(String json) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(json));
        } catch (IOException e) {
            return json;
        }
    }
}
