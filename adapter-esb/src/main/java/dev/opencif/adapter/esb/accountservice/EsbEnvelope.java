package dev.opencif.adapter.esb.accountservice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opencif.adapter.esb.EsbConfig;
import dev.opencif.adapter.esb.accountservice.EsbDtos.FieldErrorDto;
import dev.opencif.adapter.esb.accountservice.EsbDtos.RequestHeader;
import dev.opencif.adapter.esb.accountservice.EsbDtos.ResponseHeader;
import dev.opencif.dialect.DialectRequest;
import dev.opencif.dialect.DialectResponse;
import dev.opencif.dialect.json.BodyException;
import dev.opencif.dialect.json.JsonBodies;
import dev.opencif.dialect.json.ValueFields;
import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.shared.Checks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The ESB envelope: the request's {@code header} (validated, and echoed as far as it can be read even when invalid) and
 * the answer's {@code header}/{@code data} with its {@code resultCode}, for successes and failures alike.
 */
final class EsbEnvelope {
    private static final int MAX_REQUEST_ID = 64;
    private static final int MAX_CHANNEL = 32;

    private final EsbConfig config;
    private final ObjectMapper mapper;
    private final EsbFields fields;

    EsbEnvelope(EsbConfig config, ObjectMapper mapper, EsbFields fields) {
        this.config = Objects.requireNonNull(config, "config");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.fields = Objects.requireNonNull(fields, "fields");
    }

    /** The request body as a JSON object; a body that is not one is refused with the result code of its kind. */
    JsonNode read(DialectRequest request) throws BodyException {
        return JsonBodies.readObject(request, config.maxBodyBytes(), mapper);
    }

    /** The result code of a body that could not be read. */
    static EsbResultCode resultCode(BodyException e) {
        return switch (e.kind()) {
            case UNSUPPORTED_MEDIA_TYPE -> EsbResultCode.UNSUPPORTED_MEDIA_TYPE;
            case PAYLOAD_TOO_LARGE -> EsbResultCode.PAYLOAD_TOO_LARGE;
            case MALFORMED_JSON -> EsbResultCode.MALFORMED_REQUEST;
        };
    }

    RequestHeader header(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw ValidationException.of("header", "is required and must be a JSON object");
        }
        RequestHeader header = fields.bind(node, RequestHeader.class, "header");
        Checks.text(ValueFields.required(header.requestId(), "header.requestId"), "header.requestId", MAX_REQUEST_ID);
        Checks.text(ValueFields.required(header.channel(), "header.channel"), "header.channel", MAX_CHANNEL);
        if (header.requestTime() != null) {
            EsbFields.instant(header.requestTime(), "header.requestTime");
        }
        return new RequestHeader(header.requestId().strip(), header.channel().strip(), header.clientId(), header.clientSecret(),
                header.requestTime());
    }

    /** The header fields to echo, read leniently: even a header that fails validation is echoed as far as it can be. */
    static RequestHeader echo(JsonNode node) {
        if (node == null || !node.isObject()) {
            return new RequestHeader(null, null, null, null, null);
        }
        return new RequestHeader(text(node, "requestId"), text(node, "channel"), text(node, "clientId"), null,
                text(node, "requestTime"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    DialectResponse failure(RequestHeader echo, EsbResultCode code, String operation, String errorCode, String message,
                                String rule, List<FieldErrorDto> errors, Map<String, String> headers) {
        return respond(code, echo, operation, message, errorCode, rule, errors, null, headers);
    }

    DialectResponse respond(EsbResultCode code, RequestHeader echo, String operation, String message, String errorCode,
                                String rule, List<FieldErrorDto> errors, Object data, Map<String, String> headers) {
        RequestHeader h = echo == null ? new RequestHeader(null, null, null, null, null) : echo;
        ResponseHeader header = new ResponseHeader(h.requestId(), h.channel(), h.clientId(), h.requestTime(),
                config.clock().instant().toString(), code.code(), message, errorCode, rule, errors);
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(new EsbDtos.Envelope(header, data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an ESB answer could not be written as JSON", e);
        }
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Content-Type", "application/json; charset=utf-8");
        all.putAll(headers);
        return new DialectResponse(code.status(), all, body, operation);
    }

    static List<FieldErrorDto> errors(ValidationException e) {
        return e.errors().stream().map(f -> new FieldErrorDto(f.field(), f.message())).toList();
    }
}
