package dev.opencif.dialect.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opencif.application.port.in.idempotency.ExecuteIdempotentlyCommand;
import dev.opencif.application.port.in.idempotency.IdempotentOutcome;
import dev.opencif.application.shared.RequestFingerprint;
import dev.opencif.dialect.DialectRequest;
import dev.opencif.dialect.DialectResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class IdempotentWritesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void json_differing_only_in_field_order_and_spaces_has_one_canonical_form() throws Exception {
        byte[] a = IdempotentWrites.canonical(JSON.readTree("{\"b\":1,\"a\":{\"y\":[1,2],\"x\":null}}"));
        byte[] b = IdempotentWrites.canonical(JSON.readTree("{ \"a\" : { \"x\": null, \"y\": [1, 2] }, \"b\": 1 }"));
        byte[] c = IdempotentWrites.canonical(JSON.readTree("{\"a\":{\"y\":[2,1],\"x\":null},\"b\":1}"));
        assertThat(a).isEqualTo(b);
        assertThat(a).as("array order matters").isNotEqualTo(c);
    }

    @Test
    void a_rest_request_is_fingerprinted_over_method_path_query_and_body_and_keyed_by_its_header() {
        DialectRequest request = new DialectRequest("POST", "/blink/v1/customers/1/addresses", "x=1",
                Map.of("Idempotency-Key", List.of("k-1")), "{\"city\":\"Kaunas\"}".getBytes());
        IdempotentWrites.Request write = IdempotentWrites.Request.http(request, "fintech", "blink.add-address");
        assertThat(write.key()).contains("k-1");
        assertThat(write.keyField()).isEqualTo("Idempotency-Key");
        assertThat(write.fingerprint()).isNotEqualTo(IdempotentWrites.Request.http(new DialectRequest("POST",
                "/blink/v1/customers/1/addresses", "x=2", Map.of(), request.body()), "fintech", "op").fingerprint());
    }

    @Test
    void without_a_key_the_write_just_runs_and_a_replay_is_marked() {
        AtomicReference<ExecuteIdempotentlyCommand> seen = new AtomicReference<>();
        IdempotentWrites writes = new IdempotentWrites(command -> {
            seen.set(command);
            return new IdempotentOutcome(command.operation().get(), true);
        }, "blink");
        DialectResponse answer = DialectResponse.json(201, "{\"addressId\":\"a-1\"}".getBytes(), "blink.add-address");
        RequestFingerprint fingerprint = RequestFingerprint.of("x");

        DialectResponse plain = writes.run(new IdempotentWrites.Request("c", Optional.empty(), "Idempotency-Key", fingerprint, "op"),
                IdempotentWrites::successful, () -> answer);
        assertThat(plain).isEqualTo(answer);
        assertThat(seen.get()).as("no key: the use case is not asked").isNull();

        DialectResponse replay = writes.run(new IdempotentWrites.Request("c", Optional.of("k"), "Idempotency-Key", fingerprint,
                "blink.add-address"), IdempotentWrites::successful, () -> answer);
        assertThat(seen.get().key().scope()).isEqualTo("blink");
        assertThat(replay.headers()).containsEntry("Idempotent-Replayed", "true");
        assertThat(replay.bodyText()).isEqualTo(answer.bodyText());
        assertThat(replay.operation()).isEqualTo("blink.add-address");
    }
}
