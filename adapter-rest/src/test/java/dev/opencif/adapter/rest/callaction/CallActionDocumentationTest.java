package dev.opencif.adapter.rest.callaction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.opencif.application.port.in.product.BookTransactionCommand;
import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Origin;
import dev.opencif.dialect.DialectResponse;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.shared.Channel;
import dev.opencif.domain.shared.Money;
import dev.opencif.domain.transaction.Direction;
import dev.opencif.domain.transaction.Scope;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs every example of docs/dialects/callaction.md in order on one data set: each {@code json callaction-request}
 * block is sent and the answer compared with the following {@code json callaction-response} block. Ids (UUIDs) are
 * volatile: a documented id stands for the id the store generated, consistently across the examples.
 */
class CallActionDocumentationTest {
    private static final Path DOC = Path.of("..", "docs", "dialects", "callaction.md");
    private static final Pattern BLOCK = Pattern.compile("(<!-- callaction-feed -->\\s*)?```json (callaction-request|callaction-response)\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final CallActionFixture f = new CallActionFixture();
    private final Map<String, String> docToActual = new HashMap<>();
    private final Map<String, String> actualToDoc = new HashMap<>();

    private record Example(String request, String response, boolean feedFirst) {
    }

    static List<String> blocks(String markdown) {
        List<String> out = new ArrayList<>();
        Matcher m = BLOCK.matcher(markdown);
        while (m.find()) {
            out.add((m.group(1) != null ? "FEED|" : "") + m.group(2) + "|" + m.group(3));
        }
        return out;
    }

    private List<Example> examples() throws IOException {
        List<String> blocks = blocks(Files.readString(DOC, StandardCharsets.UTF_8));
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i + 1 < blocks.size(); i += 2) {
            String request = blocks.get(i);
            String response = blocks.get(i + 1);
            boolean feed = request.startsWith("FEED|");
            request = feed ? request.substring(5) : request;
            assertThat(request).as("block %d", i).startsWith("callaction-request|");
            assertThat(response).as("block %d", i + 1).startsWith("callaction-response|");
            examples.add(new Example(request.substring(request.indexOf('|') + 1), response.substring(response.indexOf('|') + 1), feed));
        }
        assertThat(blocks.size() % 2).isZero();
        return examples;
    }

    @Test
    void every_documented_example_answers_as_documented() throws IOException {
        List<Example> examples = examples();
        List<String> actions = new ArrayList<>();
        for (Example example : examples) {
            f.clock.advance(Duration.ofMinutes(5));
            if (example.feedFirst()) {
                bookTheDocumentedFeed();
            }
            String request = substitute(example.request());
            JsonNode sent = CallActionFixture.JSON.readTree(request);
            actions.add(sent.get("Request").get("ActionName").asText());
            DialectResponse response = f.post(request);
            JsonNode expected = CallActionFixture.JSON.readTree(example.response());
            JsonNode actual = CallActionFixture.JSON.readTree(response.bodyText());
            learn(expected, actual);
            assertThat(response.status()).as(request).isEqualTo(200);
            assertThat(normalise(actual)).as("answer to %s", request).isEqualTo(expected);
        }
        assertThat(actions).as("every action has an example").containsAll(List.of(
                "FTOS_ACC_CB_AddUpdateIndividualCustomer", "FTOS_ACC_CB_AddUpdateCustomerAddress",
                "FTOS_ACC_CB_AddUpdateCustomerRepresentative", "FTOS_ACC_CreateUpdateApplication",
                "FTOS_ACC_AddUpdateCustomerAgreement", "FTOS_ACC_AccountClientLifecycle", "FTOS_ACC_AccountFlags",
                "FTOS_ACC_AccountHeader", "FTOS_ACC_AccountPicture", "FTOS_ACC_AccountPendingActivities",
                "FTOS_ACC_ProductPortfolio", "FTOS_ACC_GetProductSuggestions", "FTOS_ACC_ProfileComplete",
                "FTOS_ACC_AccountProfitabilityPI", "FTOS_ACC_AccountRecentInteractions", "FTOS_ACC_AccountRevenuesPI",
                "FTOS_ACC_GetCustomerTransactionValues"));
    }

    @Test
    void the_example_blocks_pair_requests_with_responses() throws IOException {
        assertThat(examples()).hasSizeGreaterThanOrEqualTo(17);
    }

    /** The booking feed documented under "Data set": three transactions of the first customer (Elif Demir). */
    private void bookTheDocumentedFeed() {
        CustomerId elif = CustomerId.parse(docToActual.get("6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b"));
        book(elif, "CORE-2026-000101", "2026-01-05T10:15:00Z", Direction.OUTGOING, Scope.INTER, "250.00", "2.50", "TRANSFER");
        book(elif, "CORE-2026-000102", "2026-01-09T18:40:00Z", Direction.OUTGOING, Scope.INTRA, "42.90", "0.30", "CARD");
        book(elif, "CORE-2026-000103", "2026-01-12T08:00:00Z", Direction.INCOMING, Scope.INTRA, "1800.00", null, "SALARY");
    }

    private void book(CustomerId id, String ref, String at, Direction direction, Scope scope, String amount, String fee, String indicator) {
        f.opencif.bookTransaction().book(new BookTransactionCommand(Origin.of(Channel.of("CORE_BANKING")), CustomerRef.id(id), null,
                ref, Instant.parse(at), direction, scope, Money.of(amount, "EUR", 2), fee == null ? null : Money.of(fee, "EUR", 2),
                indicator, Channel.of("MOBILE")));
    }

    private String substitute(String request) {
        Matcher m = UUID.matcher(request);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, docToActual.getOrDefault(m.group(), m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Walks the documented and the actual answer together, pairing documented ids with generated ones. */
    private void learn(JsonNode expected, JsonNode actual) {
        if (expected == null || actual == null) {
            return;
        }
        if (expected.isTextual() && actual.isTextual()) {
            Matcher e = UUID.matcher(expected.asText());
            Matcher a = UUID.matcher(actual.asText());
            while (e.find() && a.find()) {
                if (!docToActual.containsKey(e.group()) && !actualToDoc.containsKey(a.group())) {
                    docToActual.put(e.group(), a.group());
                    actualToDoc.put(a.group(), e.group());
                }
            }
        } else if (expected.isObject() && actual.isObject()) {
            Iterator<String> names = expected.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                learn(expected.get(name), actual.get(name));
            }
        } else if (expected.isArray() && actual.isArray()) {
            for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
                learn(expected.get(i), actual.get(i));
            }
        }
    }

    /** The actual answer with every generated id replaced by the documented id it stands for. */
    private JsonNode normalise(JsonNode node) {
        if (node.isTextual()) {
            Matcher m = UUID.matcher(node.asText());
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, actualToDoc.getOrDefault(m.group(), m.group()));
            }
            m.appendTail(out);
            return TextNode.valueOf(out.toString());
        }
        if (node.isObject()) {
            ObjectNode copy = CallActionFixture.JSON.createObjectNode();
            node.fields().forEachRemaining(e -> copy.set(e.getKey(), normalise(e.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = CallActionFixture.JSON.createArrayNode();
            node.forEach(item -> copy.add(normalise(item)));
            return copy;
        }
        return node;
    }
}
