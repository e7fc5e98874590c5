package dev.opencif.dialect.http;

import dev.opencif.domain.error.FieldError;
import dev.opencif.domain.error.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Query strings: parsed in order with values URL-decoded, unknown names refused, single values and bounded integers. */
public final class QueryParameters {
    private QueryParameters() {
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
            String name = PercentDecoding.decode(eq < 0 ? pair : pair.substring(0, eq), "query");
            String value = eq < 0 ? "" : PercentDecoding.decode(pair.substring(eq + 1), "query");
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return params;
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
}
