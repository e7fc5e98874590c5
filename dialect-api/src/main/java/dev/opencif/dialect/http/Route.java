package dev.opencif.dialect.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One served route: method, path template with {@code {name}} segments, operation name, whether it writes.
 * The template is split into segments once, here, so matching a request splits only the request's path.
 */
public final class Route {
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
        this.segments = Routes.segments(template);
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
                    PercentDecoding.decode(got[i], "path");
                }
            }
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < segments.length; i++) {
            if (names[i] != null) {
                params.put(names[i], PercentDecoding.decode(got[i], "path"));
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
