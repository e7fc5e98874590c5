package dev.opencif.dialect.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategy;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.opencif.dialect.DialectRequest;
import dev.opencif.dialect.http.HttpFailure;
import dev.opencif.domain.error.ValidationException;
import java.math.BigDecimal;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reading JSON request bodies for every dialect: content type, size limit and syntax are checked before anything is
 * bound, and binding failures become {@link ValidationException}s naming the field path as the caller wrote it. Two
 * mappers: the envelope dialects' (ESB, inter-API, callAction: unknown fields ignored) and the resource dialects'
 * ({@link #strictMapper}: counterparty, bLink, unknown fields refused).
 */
public final class JsonBodies {
    /** The answer to a JSON number no decimal type can hold. */
    public static final String NUMBER_OUT_OF_RANGE = "the request body holds a number out of range";

    private JsonBodies() {
    }

    /**
     * A mapper for these dialects: decimals as {@link BigDecimal} (no floating-point rounding), duplicate keys
     * and trailing content rejected, unknown properties ignored (integrators may send more than we read).
     */
    public static JsonMapper.Builder envelopeMapper() {
        return JsonMapper.builder()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .addModule(new JavaTimeModule());
    }

    /**
     * The body of {@code request} as a JSON object: the content type must be JSON (UTF-8), the body at most
     * {@code maxBytes} long and a single well-formed JSON object.
     */
    public static JsonNode readObject(DialectRequest request, int maxBytes, ObjectMapper mapper) throws BodyException {
        checkContentType(request);
        byte[] body = request.body();
        if (body.length > maxBytes) {
            throw new BodyException(BodyException.Kind.PAYLOAD_TOO_LARGE,
                    "the request body has " + body.length + " bytes; at most " + maxBytes + " are accepted");
        }
        if (body.length == 0) {
            throw new BodyException(BodyException.Kind.MALFORMED_JSON, "the request body is empty; send a JSON object");
        }
        JsonNode root;
        try (JsonParser parser = mapper.createParser(body)) {
            root = mapper.readTree(parser);
            if (root != null && parser.nextToken() != null) {
                throw new BodyException(BodyException.Kind.MALFORMED_JSON,
                        "the request body holds more than one JSON value; send exactly one JSON object");
            }
        } catch (JsonProcessingException e) {
            throw new BodyException(BodyException.Kind.MALFORMED_JSON, describe(e));
        } catch (java.io.IOException e) {
            throw new BodyException(BodyException.Kind.MALFORMED_JSON, "the request body could not be read as UTF-8 JSON");
        } catch (NumberFormatException e) {
            // a number Jackson cannot hold (an exponent of millions of digits): found by DialectFuzzTest
            throw new BodyException(BodyException.Kind.MALFORMED_JSON, NUMBER_OUT_OF_RANGE);
        }
        if (root == null || !root.isObject()) {
            throw new BodyException(BodyException.Kind.MALFORMED_JSON, "the request body must be a JSON object");
        }
        return root;
    }

    private static void checkContentType(DialectRequest request) throws BodyException {
        String contentType = request.header("Content-Type").orElse("").strip();
        String[] parts = contentType.split(";");
        String media = parts[0].strip().toLowerCase(Locale.ROOT);
        boolean json = media.equals("application/json") || (media.startsWith("application/") && media.endsWith("+json"));
        if (!json) {
            throw new BodyException(BodyException.Kind.UNSUPPORTED_MEDIA_TYPE, contentType.isEmpty()
                    ? "Content-Type is missing; send application/json" : "Content-Type must be application/json");
        }
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].strip().split("=", 2);
            if (parameter.length == 2 && parameter[0].strip().equalsIgnoreCase("charset")) {
                String charset = parameter[1].strip().replace("\"", "");
                if (!charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
                    throw new BodyException(BodyException.Kind.UNSUPPORTED_MEDIA_TYPE,
                            "the request body must be UTF-8 JSON (charset=utf-8)");
                }
            }
        }
    }

    /**
     * Where the JSON breaks: line and column only. The request's own bytes are never quoted back (they may hold a
     * secret or personal data, docs/security.md); a duplicate key is named, since the name is not a value.
     */
    private static String describe(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        String duplicate = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")
                ? " (a key appears twice in one object)" : " (check the quotes, colons and commas there)";
        if (location == null || location.getLineNr() < 1) {
            return "the request body is not valid JSON" + duplicate;
        }
        return "the request body is not valid JSON near line " + location.getLineNr() + ", column " + location.getColumnNr()
                + duplicate;
    }

    /** A binding failure as a validation failure naming the field ({@code prefix} plus the JSON path). */
    public static ValidationException asValidation(JsonMappingException e, String prefix) {
        StringBuilder path = new StringBuilder(prefix == null ? "" : prefix);
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        return ValidationException.of(path.length() == 0 ? "body" : path.toString(), "must be " + describe(target));
    }

    private static String describe(Class<?> target) {
        if (target == null) {
            return "of the documented type";
        }
        if (target == BigDecimal.class || target == Double.class || target == double.class) {
            return "a number";
        }
        if (target == Long.class || target == long.class || target == Integer.class || target == int.class
                || target == BigInteger.class) {
            return "a whole number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (target == String.class) {
            return "a text value";
        }
        if (java.util.Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "an array";
        }
        return "a JSON object";
    }

    /**
     * The resource dialects' mapper: {@code naming} for property names, unknown properties, duplicate keys, trailing
     * content and coercion of scalars (numbers or booleans to text included) refused, decimals as {@link BigDecimal}.
     */
    public static ObjectMapper strictMapper(PropertyNamingStrategy naming) {
        return JsonMapper.builder()
                .propertyNamingStrategy(naming)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                // a number or a boolean is not text: "login": 12345 is refused, not read as "12345"
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .build();
    }

    /** Refuses a body longer than {@code maxBodyBytes} with a 413 {@link HttpFailure}. */
    public static void requireBodyAtMost(DialectRequest request, int maxBodyBytes) {
        if (request.body().length > maxBodyBytes) {
            throw new HttpFailure(413, "PAYLOAD_TOO_LARGE", "the body must be at most " + maxBodyBytes + " bytes");
        }
    }

    /** Binds a JSON object body; an empty body reads as {@code {}}. Type errors name the field. */
    public static <T> T readBody(ObjectMapper mapper, DialectRequest request, Class<T> type) {
        byte[] body = request.body();
        boolean blank = new String(body, StandardCharsets.UTF_8).isBlank();
        if (!blank) {
            String contentType = request.header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
            String mediaType = contentType.split(";", 2)[0].strip();
            if (!mediaType.equals("application/json") && !mediaType.endsWith("+json")) {
                throw new HttpFailure(415, "UNSUPPORTED_MEDIA_TYPE", "the body must be application/json");
            }
        }
        try {
            T value = mapper.readValue(blank ? "{}".getBytes(StandardCharsets.UTF_8) : body, type);
            if (value == null) {
                throw new HttpFailure(400, "MALFORMED_JSON", "the body must be a JSON object");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw ValidationException.of(path(e), "is not a known field");
        } catch (MismatchedInputException e) {
            String field = path(e);
            if (field.isEmpty()) {
                throw new HttpFailure(400, "MALFORMED_JSON", "the body must be a JSON object");
            }
            throw ValidationException.of(field, "has the wrong type (" + simpleType(e.getTargetType()) + " expected)");
        } catch (JsonMappingException e) {
            String field = path(e);
            throw field.isEmpty() ? new HttpFailure(400, "MALFORMED_JSON", "the body is not valid JSON")
                    : ValidationException.of(field, "is not valid");
        } catch (JacksonException e) {
            throw new HttpFailure(400, "MALFORMED_JSON", "the body is not valid JSON");
        } catch (IOException e) {
            throw new HttpFailure(400, "MALFORMED_JSON", "the body could not be read");
        } catch (NumberFormatException e) {
            throw new HttpFailure(400, "MALFORMED_JSON", NUMBER_OUT_OF_RANGE);
        }
    }

    private static String simpleType(Class<?> type) {
        if (type == null) {
            return "another value";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type == String.class) {
            return "string";
        }
        if (List.class.isAssignableFrom(type)) {
            return "array";
        }
        return "object";
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
