package dev.opencif.adapter.rest.blink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opencif.application.OpenCif;
import dev.opencif.application.port.in.agreement.SaveAgreementCommand;
import dev.opencif.application.port.in.agreement.UpdateConsentCommand;
import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Origin;
import dev.opencif.dialect.DialectRequest;
import dev.opencif.dialect.DialectResponse;
import dev.opencif.domain.agreement.AgreementTerms;
import dev.opencif.domain.agreement.AgreementType;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.shared.Channel;
import dev.opencif.testkit.MutableClock;
import dev.opencif.testkit.memory.InMemoryAdapters;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A bLink handler on in-memory adapters with one service user ({@code fintech-app}) and consent helpers. */
final class BlinkFixture {
    static final String SERVICE_USER = "fintech-app";
    static final String TOKEN = SERVICE_USER + ".s3cret-token";
    static final ObjectMapper JSON = new ObjectMapper();

    final MutableClock clock = MutableClock.standard();
    final InMemoryAdapters adapters = InMemoryAdapters.create(clock);
    final OpenCif opencif = OpenCif.builder().ports(adapters.ports()).build();
    final BlinkHandler handler = new BlinkHandler(BlinkUseCases.from(opencif), BlinkConfig.defaults());

    BlinkFixture() {
        adapters.credentials().addClient("blink", SERVICE_USER, "s3cret-token", Set.of(), null);
        adapters.credentials().addClient("blink", "other-app", "other-secret", Set.of(), null);
    }

    void consent(CustomerId customer, String grantee) {
        opencif.saveAgreement().save(new SaveAgreementCommand(Origin.of(Channel.BLINK), CustomerRef.id(customer), null,
                AgreementType.OPEN_FINANCE, new AgreementTerms(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), null,
                        "bank-app", null, null, grantee)));
    }

    void consent(CustomerId customer) {
        consent(customer, SERVICE_USER);
    }

    void revoke(CustomerId customer) {
        opencif.updateConsent().update(new UpdateConsentCommand(Origin.of(Channel.BLINK), CustomerRef.id(customer),
                AgreementType.OPEN_FINANCE, false));
    }

    DialectResponse call(String method, String pathAndQuery, String body, String token) {
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        String query = q < 0 ? "" : pathAndQuery.substring(q + 1);
        DialectRequest request = new DialectRequest(method, path, query,
                body == null ? Map.of() : Map.of("Content-Type", List.of("application/json")),
                body == null ? null : body.getBytes(StandardCharsets.UTF_8));
        if (token != null) {
            request = request.withHeader("Authorization", "Bearer " + token);
        }
        return handler.handle(request);
    }

    DialectResponse call(String method, String pathAndQuery, String body) {
        return call(method, "/blink/v1" + pathAndQuery, body, TOKEN);
    }

    static JsonNode json(DialectResponse response) {
        try {
            return JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + response.bodyText(), e);
        }
    }

    static List<String> errorFields(DialectResponse response) {
        List<String> names = new ArrayList<>();
        json(response).path("error").path("fields").forEach(f -> names.add(f.path("field").asText()));
        return names;
    }
}
