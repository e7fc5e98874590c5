package dev.opencif.dialect.http;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Matches a request's method and path against a dialect's {@link Route}s. */
public final class Routes {
    private Routes() {
    }

    /** A matched route and its URL-decoded path parameters. */
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
}
