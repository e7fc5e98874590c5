package dev.opencif.adapter.rest.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opencif.dialect.DialectResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the examples of a dialect document in order. An example is a fenced block {@code ```json request METHOD PATH}
 * (body, may be empty) followed by {@code ```json response STATUS} (expected body). In expected bodies
 * {@code "*"} matches any value and {@code "${name}"} captures a value (or must equal it once captured);
 * {@code ${name}} in later request paths and bodies is replaced by the captured value.
 */
public final class DocExamples {
    private static final Pattern BLOCK = Pattern.compile("```json (request|response) ([^\\n]*)\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z0-9_]+)}");
    private static final ObjectMapper JSON = new ObjectMapper();

    public record Example(String method, String path, String body, int status, String expected) {
    }

    private DocExamples() {
    }

    public static Path document(String name) {
        for (Path candidate : List.of(Path.of("..", "docs", "dialects", name), Path.of("docs", "dialects", name))) {
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("docs/dialects/" + name + " not found");
    }

    public static List<Example> parse(Path document) throws IOException {
        Matcher m = BLOCK.matcher(Files.readString(document));
        List<Example> examples = new ArrayList<>();
        String[] pending = null;
        while (m.find()) {
            if (m.group(1).equals("request")) {
                assertThat(pending).as("request without response before " + m.group(2)).isNull();
                String[] line = m.group(2).strip().split(" ", 2);
                pending = new String[] {line[0], line[1], m.group(3).strip()};
            } else {
                assertThat(pending).as("response without request").isNotNull();
                examples.add(new Example(pending[0], pending[1], pending[2], Integer.parseInt(m.group(2).strip()), m.group(3).strip()));
                pending = null;
            }
        }
        assertThat(pending).as("trailing request without response").isNull();
        return examples;
    }

    /** Runs every example; {@code call} gets (method, path?query, body or null). */
    public static void run(List<Example> examples, Map<String, String> variables, TriCall call) throws IOException {
        for (Example e : examples) {
            String path = substitute(e.path(), variables);
            String body = e.body().isEmpty() ? null : substitute(e.body(), variables);
            DialectResponse response = call.call(e.method(), path, body);
            String label = e.method() + " " + e.path();
            assertThat(response.status()).as(label + " → " + response.bodyText()).isEqualTo(e.status());
            JsonNode actual = JSON.readTree(response.body());
            JsonNode expected = JSON.readTree(e.expected());
            compare(label, "$", expected, actual, variables);
        }
    }

    public interface TriCall {
        DialectResponse call(String method, String path, String body);
    }

    private static String substitute(String text, Map<String, String> variables) {
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = variables.get(m.group(1));
            assertThat(value).as("variable " + m.group(1) + " is not bound yet").isNotNull();
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static void compare(String label, String at, JsonNode expected, JsonNode actual, Map<String, String> variables) {
        if (expected.isTextual()) {
            String text = expected.asText();
            if (text.equals("*")) {
                assertThat(actual).as(label + " " + at + " present").isNotNull();
                return;
            }
            Matcher m = VARIABLE.matcher(text);
            if (m.matches()) {
                String bound = variables.get(m.group(1));
                if (bound == null) {
                    variables.put(m.group(1), actual.asText());
                } else {
                    assertThat(actual.asText()).as(label + " " + at).isEqualTo(bound);
                }
                return;
            }
            if (text.contains("${")) {
                assertThat(actual.asText()).as(label + " " + at).isEqualTo(substitute(text, variables));
                return;
            }
        }
        if (expected.isObject()) {
            assertThat(actual.isObject()).as(label + " " + at + " is an object").isTrue();
            assertThat(names(actual)).as(label + " " + at + " fields").isEqualTo(names(expected));
            expected.fields().forEachRemaining(entry -> compare(label, at + "." + entry.getKey(), entry.getValue(),
                    actual.get(entry.getKey()), variables));
            return;
        }
        if (expected.isArray()) {
            assertThat(actual.isArray()).as(label + " " + at + " is an array").isTrue();
            assertThat(actual.size()).as(label + " " + at + " size").isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                compare(label, at + "[" + i + "]", expected.get(i), actual.get(i), variables);
            }
            return;
        }
        if (expected.isNumber() && actual.isNumber()) {
            assertThat(actual.decimalValue()).as(label + " " + at).isEqualByComparingTo(expected.decimalValue());
            return;
        }
        assertThat(actual).as(label + " " + at).isEqualTo(expected);
    }

    private static TreeSet<String> names(JsonNode node) {
        TreeSet<String> names = new TreeSet<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }
}
