package dev.opencif.adapter.rest.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategy;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.opencif.adapter.rest.RestRequest;
import dev.opencif.adapter.rest.RestResponse;
import dev.opencif.domain.error.FieldError;
import dev.opencif.domain.error.OpenCifException;
import dev.opencif.domain.error.RuleViolationException;
import dev.opencif.domain.error.ValidationException;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * HTTP plumbing shared by the resource-style dialects of this module (counterparty, bLink): routing,
 * query parsing, strict JSON binding and the JSON error body. Not part of OpenCIF's public API.
 */
public final class HttpSupport {
    private HttpSupport() {
    }

    public static ObjectMapper mapper(PropertyNamingStrategy naming) {
        return JsonMapper.builder()
                .propertyNamingStrategy(naming)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
    }

    /** A failure decided by the HTTP layer itself (unknown route, wrong method, size, media type, bad JSON). */
    public static final class HttpFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int status;
        private final String code;
        private final Map<String, String> headers;

        public HttpFailure(int status, String code, String message, Map<String, String> headers) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
            this.headers = Map.copyOf(headers);
        }

        public HttpFailure(int status, String code, String message) {
            this(status, code, message, Map.of());
        }

        public int status() {
            return status;
        }

        public String code() {
            return code;
        }

        public Map<String, String> headers() {
            return headers;
        }
    }

    /**
     * One served route: method, path template with {@code {name}} segments, operation name, whether it writes.
     * The template is split into segments once, here, so matching a request splits only the request's path.
     */
    public static final class Route {
        private final String method;
        private final String template;
        private final String operation;
        private final boolean write;
        /** The template's segments, as {@code template.split("/", -1)}. */
        private final String[] segments;
        /** Per segment, the parameter name of a {@code {name}} segment, else null (a literal segment). */
        private final String[] names;

        public Route(String method, String template, String operation, boolean write) {
            this.method = method;
            this.template = template;
            this.operation = operation;
            this.write = write;
            this.segments = segments(template);
            this.names = new String[segments.length];
            for (int i = 0; i < segments.length; i++) {
                String segment = segments[i];
                if (segment.startsWith("{") && segment.endsWith("}")) {
                    names[i] = segment.substring(1, segment.length() - 1);
                }
            }
        }

        public String method() {
            return method;
        }

        public String template() {
            return template;
        }

        public String operation() {
            return operation;
        }

        public boolean write() {
            return write;
        }

        /**
         * The URL-decoded path parameters when the path's segments fit the template, else null. As segments are
         * judged in order, a parameter before the first misfit is still decoded, so a badly encoded one fails.
         */
        Map<String, String> match(String[] got) {
            if (got.length != segments.length) {
                return null;
            }
            int misfit = segments.length;
            for (int i = 0; i < segments.length; i++) {
                if (names[i] != null ? got[i].isEmpty() : !segments[i].equals(got[i])) {
                    misfit = i;
                    break;
                }
            }
            if (misfit < segments.length) {
                for (int i = 0; i < misfit; i++) {
                    if (names[i] != null) {
                        decode(got[i], "path");
                    }
                }
                return null;
            }
            Map<String, String> params = new LinkedHashMap<>();
            for (int i = 0; i < segments.length; i++) {
                if (names[i] != null) {
                    params.put(names[i], decode(got[i], "path"));
                }
            }
            return params;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Route r && write == r.write && Objects.equals(method, r.method)
                    && Objects.equals(template, r.template) && Objects.equals(operation, r.operation);
        }

        @Override
        public int hashCode() {
            return Objects.hash(method, template, operation, write);
        }

        @Override
        public String toString() {
            return "Route[method=" + method + ", template=" + template + ", operation=" + operation + ", write=" + write + "]";
        }
    }

    /** The segments {@code path.split("/", -1)} gives (empty ones kept), with only the result array and its strings allocated. */
    static String[] segments(String path) {
        int count = 1;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                count++;
            }
        }
        String[] segments = new String[count];
        int start = 0;
        int n = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                segments[n++] = path.substring(start, i);
                start = i + 1;
            }
        }
        segments[n] = path.substring(start);
        return segments;
    }

    public record Match(Route route, Map<String, String> params) {
        public String param(String name) {
            return params.get(name);
        }
    }

    /** The route for method and path: 404 when no template matches, 405 (with {@code Allow}) when only the method is wrong. */
    public static Match route(List<Route> routes, String method, String path) {
        String normalised = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        String[] segments = segments(normalised);
        Set<String> allowed = null;
        for (Route route : routes) {
            Map<String, String> params = route.match(segments);
            if (params != null) {
                if (route.method().equalsIgnoreCase(method)) {
                    return new Match(route, params);
                }
                if (allowed == null) {
                    allowed = new LinkedHashSet<>();
                }
                allowed.add(route.method());
            }
        }
        if (allowed != null) {
            throw new HttpFailure(405, "METHOD_NOT_ALLOWED", method + " is not allowed here",
                    Map.of("Allow", String.join(", ", allowed)));
        }
        throw new HttpFailure(404, "NOT_FOUND", "no such resource: " + normalised);
    }

    /** Query parameters in order, values URL-decoded; a parameter may repeat. */
    public static Map<String, List<String>> query(String rawQuery) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq), "query");
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), "query");
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return params;
    }

    private static String decode(String raw, String field) {
        if (raw.indexOf('%') < 0 && raw.indexOf('+') < 0) {
            return raw; // nothing to decode: URLDecoder would give the same string back
        }
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ValidationException.of(field, "is not correctly URL-encoded");
        }
    }

    /** Refuses unknown query parameters by name. */
    public static void onlyParameters(Map<String, List<String>> params, Set<String> known) {
        List<FieldError> errors = params.keySet().stream().filter(name -> !known.contains(name))
                .map(name -> new FieldError(name, "is not a known query parameter")).toList();
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** The single value of a query parameter, if present; a repeated single-valued parameter is refused. */
    public static Optional<String> single(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        if (values == null) {
            return Optional.empty();
        }
        if (values.size() > 1) {
            throw ValidationException.of(name, "must be given at most once");
        }
        return Optional.of(values.get(0));
    }

    public static int intParam(Map<String, List<String>> params, String name, int defaultValue, int min, int max) {
        Optional<String> raw = single(params, name);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        int value;
        try {
            value = Integer.parseInt(raw.get().strip());
        } catch (NumberFormatException e) {
            throw ValidationException.of(name, "must be a whole number");
        }
        if (value < min || value > max) {
            throw ValidationException.of(name, "must be between " + min + " and " + max);
        }
        return value;
    }

    public static void checkBodySize(RestRequest request, int maxBodyBytes) {
        if (request.body().length > maxBodyBytes) {
            throw new HttpFailure(413, "PAYLOAD_TOO_LARGE", "the body must be at most " + maxBodyBytes + " bytes");
        }
    }

    /** Binds a JSON object body; an empty body reads as {@code {}}. Type errors name the field. */
    public static <T> T readBody(ObjectMapper mapper, RestRequest request, Class<T> type) {
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

    /** Runs a parse step and reports its validation failure under {@code field} (the dialect's field name). */
    public static <T> T field(String field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (ValidationException e) {
            throw new ValidationException(e.errors().stream().map(err -> new FieldError(field, err.message())).toList());
        }
    }

    /** Collects the validation failures of several steps so one response names every bad field. */
    public static final class Fields {
        private final List<FieldError> errors = new ArrayList<>();

        public <T> T get(String field, Supplier<T> parse) {
            try {
                return HttpSupport.field(field, parse);
            } catch (ValidationException e) {
                errors.addAll(e.errors());
                return null;
            }
        }

        public void fail(String field, String message) {
            errors.add(new FieldError(field, message));
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
        }
    }

    public record ErrorField(String field, String message) {
    }

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record ErrorDetail(String code, String message, String rule, List<ErrorField> fields) {
    }

    public record ErrorBody(ErrorDetail error) {
    }

    public static int status(OpenCifException e) {
        switch (e.code()) {
            case VALIDATION_FAILED:
                return 400;
            case UNAUTHENTICATED:
                return 401;
            case FORBIDDEN:
                return 403;
            case NOT_FOUND:
                return 404;
            case RULE_VIOLATION:
                return 422;
            default:
                return 409;
        }
    }

    public static RestResponse error(ObjectMapper mapper, int status, String code, String message, String rule, List<FieldError> fields,
                              Map<String, String> extraHeaders, String operation) {
        List<ErrorField> errorFields = fields.stream().map(f -> new ErrorField(f.field(), f.message())).toList();
        byte[] body = write(mapper, new ErrorBody(new ErrorDetail(code, message, rule, errorFields)));
        Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
        headers.put("Content-Type", "application/json; charset=utf-8");
        return new RestResponse(status, headers, body, operation);
    }

    public static RestResponse error(ObjectMapper mapper, OpenCifException e, Map<String, String> extraHeaders, String operation) {
        List<FieldError> fields = e instanceof ValidationException v ? v.errors() : List.of();
        String rule = e instanceof RuleViolationException r ? r.rule() : null;
        return error(mapper, status(e), e.code().name(), e.getMessage(), rule, fields, extraHeaders, operation);
    }

    public static byte[] write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalStateException("could not write the response", e);
        }
    }
}
