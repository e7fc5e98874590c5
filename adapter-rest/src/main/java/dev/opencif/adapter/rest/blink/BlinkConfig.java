package dev.opencif.adapter.rest.blink;

import dev.opencif.application.shared.PageRequest;

/**
 * Settings of the bLink Customer Management dialect: the base path it is mounted under (default
 * {@code /blink/v1}), the credentials realm of its service users (default {@code blink}), the maximum body
 * size (default 1 MiB) and the paging defaults of its list routes.
 */
public record BlinkConfig(String basePath, String realm, int maxBodyBytes, int defaultLimit, int maxLimit) {
    public static final String DEFAULT_BASE_PATH = "/blink/v1";
    public static final String DEFAULT_REALM = "blink";
    public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
    public static final int DEFAULT_LIMIT = 50;
    public static final int DEFAULT_MAX_LIMIT = 200;

    public BlinkConfig {
        basePath = basePath == null || basePath.isBlank() ? DEFAULT_BASE_PATH : basePath.strip();
        if (!basePath.startsWith("/")) {
            throw new IllegalArgumentException("basePath must start with /");
        }
        if (basePath.length() > 1 && basePath.endsWith("/")) {
            basePath = basePath.substring(0, basePath.length() - 1);
        }
        realm = realm == null || realm.isBlank() ? DEFAULT_REALM : realm.strip();
        maxBodyBytes = maxBodyBytes <= 0 ? DEFAULT_MAX_BODY_BYTES : maxBodyBytes;
        maxLimit = maxLimit <= 0 ? DEFAULT_MAX_LIMIT : maxLimit;
        defaultLimit = defaultLimit <= 0 ? Math.min(DEFAULT_LIMIT, maxLimit) : defaultLimit;
        if (maxLimit > PageRequest.MAX_LIMIT || defaultLimit > maxLimit) {
            throw new IllegalArgumentException("need 1 <= defaultLimit <= maxLimit <= " + PageRequest.MAX_LIMIT);
        }
    }

    /** Every default. */
    public static BlinkConfig defaults() {
        return new BlinkConfig(null, null, 0, 0, 0);
    }
}
