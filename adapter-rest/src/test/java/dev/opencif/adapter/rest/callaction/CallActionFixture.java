package dev.opencif.adapter.rest.callaction;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opencif.application.OpenCif;
import dev.opencif.application.port.in.customer.FirstAccount;
import dev.opencif.application.port.in.customer.OnboardCustomerCommand;
import dev.opencif.application.shared.Origin;
import dev.opencif.dialect.DialectRequest;
import dev.opencif.dialect.DialectResponse;
import dev.opencif.domain.account.Asset;
import dev.opencif.domain.account.ProductType;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.CustomerRegistration;
import dev.opencif.domain.shared.Channel;
import dev.opencif.testkit.MutableClock;
import dev.opencif.testkit.memory.InMemoryAdapters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/** An OpenCIF on in-memory adapters with one callAction client, and helpers to call the endpoint. */
final class CallActionFixture {
    static final String USER = "crm-portal";
    static final String TOKEN = "s3cr3t-t0ken-for-tests";
    static final ObjectMapper JSON = new ObjectMapper().setNodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    final MutableClock clock = MutableClock.standard();
    final InMemoryAdapters adapters = InMemoryAdapters.create(clock);
    final OpenCif opencif = OpenCif.builder().ports(adapters.ports()).build();
    final CallActionHandler handler;

    CallActionFixture() {
        this(CallActionConfig.defaults());
    }

    CallActionFixture(CallActionConfig config) {
        adapters.credentials().addClient(CallActionHandler.REALM, USER, TOKEN, Set.of("crm"), null);
        handler = new CallActionHandler(CallActionUseCases.from(opencif), config);
    }

    /** The envelope with Data as a JSON object (or null when {@code data} is null). */
    static String envelope(String action, String data) {
        return "{\"Request\":{\"ActionName\":\"" + action + "\",\"Data\":" + (data == null ? "null" : data)
                + "},\"ApiInfo\":{\"UserName\":\"" + USER + "\",\"Token\":\"" + TOKEN + "\"}}";
    }

    /** The envelope with Data as a JSON-encoded string, as the seed shows it. */
    static String envelopeWithStringData(String action, String dataText) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.putObject("Request").put("ActionName", action).put("Data", dataText);
        root.putObject("ApiInfo").put("UserName", USER).put("Token", TOKEN);
        return root.toString();
    }

    DialectResponse post(String body) {
        return handler.handle(DialectRequest.json("POST", CallActionHandler.PATH, body));
    }

    /** Calls an action with Data as an object; the parsed result object. */
    Answer call(String action, String data) {
        return answer(post(envelope(action, data)));
    }

    static Answer answer(DialectResponse response) {
        try {
            return new Answer(response.status(), JSON.readTree(response.bodyText()), response.bodyText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A customer onboarded the way the counterparty dialect does: with a first EUR current account. */
    CustomerId onboardWithAccount(CustomerRegistration registration) {
        return opencif.onboardCustomer().onboard(new OnboardCustomerCommand(Origin.of(Channel.COUNTERPARTY), registration,
                new FirstAccount(ProductType.CURRENT_ACCOUNT, Asset.currency("EUR", 2), null), List.of())).customer().id();
    }

    /** The status and body of one answer. */
    record Answer(int status, JsonNode body, String raw) {
        boolean success() {
            return body.get("IsSuccess").asBoolean();
        }

        String errorCode() {
            return body.get("ErrorCode").isNull() ? null : body.get("ErrorCode").asText();
        }

        String message() {
            return body.get("Message").asText();
        }

        List<String> fields() {
            return body.get("Errors").findValuesAsText("Field");
        }

        JsonNode data() {
            return body.get("Data");
        }
    }
}
