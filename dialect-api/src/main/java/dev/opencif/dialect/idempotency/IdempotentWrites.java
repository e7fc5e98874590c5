package dev.opencif.dialect.idempotency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.opencif.application.port.in.idempotency.ExecuteIdempotentlyCommand;
import dev.opencif.application.port.in.idempotency.ExecuteIdempotentlyUseCase;
import dev.opencif.application.port.in.idempotency.IdempotentOutcome;
import dev.opencif.application.shared.IdempotencyKey;
import dev.opencif.application.shared.RequestFingerprint;
import dev.opencif.application.shared.StoredAnswer;
import dev.opencif.dialect.DialectRequest;
import dev.opencif.dialect.DialectResponse;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * How a dialect runs a write at most once per idempotency key (ADR 014): the dialect names the key (and the field it
 * came from, for errors), fingerprints what the request asks for, and gives the write as a supplier of its success
 * answer; a write that fails throws, as it would without a key, and nothing is stored. A retry with the same key and
 * the same request gets the stored answer byte for byte, marked {@code Idempotent-Replayed: true}. Without a key the
 * write just runs.
 */
public final class IdempotentWrites {
    /** The request header of the IETF draft "The Idempotency-Key HTTP Header Field". */
    public static final String KEY_HEADER = "Idempotency-Key";
    /** Set on an answer that is the stored answer of an earlier request with the same key. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private static final ObjectMapper CANONICAL = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private final ExecuteIdempotentlyUseCase useCase;
    private final String scope;

    /** The writes of the dialect {@code scope} (its {@code DialectHandler.name()}). */
    public IdempotentWrites(ExecuteIdempotentlyUseCase useCase, String scope) {
        this.useCase = Objects.requireNonNull(useCase, "useCase");
        this.scope = Objects.requireNonNull(scope, "scope");
    }

    /**
     * One write request as the dialect sees it.
     *
     * @param client      the authenticated client: keys of two clients never meet
     * @param key         the client's key, or empty: then the write just runs
     * @param keyField    where the key came from ({@code Idempotency-Key}, {@code header.requestId}): named in errors
     * @param fingerprint what the request asks for (operation and canonical payload, not the envelope's timestamps)
     * @param operation   the dialect operation, for the log of a replayed answer
     */
    public record Request(String client, Optional<String> key, String keyField, RequestFingerprint fingerprint, String operation) {
        public Request {
            Objects.requireNonNull(client, "client");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(keyField, "keyField");
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(operation, "operation");
        }

        /**
         * A REST request: the key from the {@code Idempotency-Key} header, the fingerprint over method, path, query and
         * body bytes (a retry sends the same bytes).
         */
        public static Request http(DialectRequest request, String client, String operation) {
            RequestFingerprint fingerprint = RequestFingerprint.of(request.method().getBytes(StandardCharsets.UTF_8),
                    request.path().getBytes(StandardCharsets.UTF_8), request.rawQuery().getBytes(StandardCharsets.UTF_8),
                    request.body());
            return new Request(client, request.header(KEY_HEADER), KEY_HEADER, fingerprint, operation);
        }
    }

    /**
     * Runs {@code write} once for the request's key, or answers its stored answer again.
     *
     * @param stored whether an answer is a success to keep (2xx, or the dialect's own success code)
     * @throws dev.opencif.domain.error.ValidationException naming the key's field for a malformed key
     * @throws dev.opencif.domain.error.RuleViolationException {@code IDEMPOTENCY_KEY_REUSED} for another request
     * @throws dev.opencif.domain.error.ConflictException while another request with the key is in progress
     */
    public DialectResponse run(Request request, Predicate<DialectResponse> stored, Supplier<DialectResponse> write) {
        if (request.key().isEmpty()) {
            return write.get();
        }
        IdempotencyKey key = IdempotencyKey.of(scope, request.client(), request.key().get(), request.keyField());
        IdempotentOutcome outcome = useCase.execute(new ExecuteIdempotentlyCommand(key, request.fingerprint(), () -> {
            DialectResponse answer = write.get();
            return new StoredAnswer(answer.status(), answer.headers(), answer.body());
        }, answer -> stored.test(response(answer, request.operation()))));
        DialectResponse response = response(outcome.answer(), request.operation());
        return outcome.replayed() ? response.withHeader(REPLAYED_HEADER, "true") : response;
    }

    private static DialectResponse response(StoredAnswer answer, String operation) {
        return new DialectResponse(answer.status(), answer.headers(), answer.body(), operation);
    }

    /** A 2xx answer: what REST dialects keep. */
    public static boolean successful(DialectResponse response) {
        return response.status() / 100 == 2;
    }

    /**
     * The bytes of {@code node} with every object's fields in name order: two requests that differ only in field order
     * or white space get the same fingerprint.
     */
    public static byte[] canonical(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "null".getBytes(StandardCharsets.UTF_8);
        }
        try {
            return CANONICAL.writeValueAsBytes(CANONICAL.convertValue(node, Object.class));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot write a parsed JSON tree again", e);
        }
    }
}
