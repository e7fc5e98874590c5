package dev.opencif.domain.shared;

import java.util.regex.Pattern;

/**
 * Where a request came from: the dialect (ESB, INTERAPI, COUNTERPARTY, BLINK, CALLACTION, EMBEDDED, …) or a
 * finer channel a dialect names (e.g. inter-API's {@code "API"}). Upper-case token, 1 to 32 characters.
 */
public record Channel(String value) {
    private static final Pattern FORM = Pattern.compile("[A-Z0-9_]{1,32}");

    public static final Channel ESB = new Channel("ESB");
    public static final Channel INTERAPI = new Channel("INTERAPI");
    public static final Channel COUNTERPARTY = new Channel("COUNTERPARTY");
    public static final Channel BLINK = new Channel("BLINK");
    public static final Channel CALLACTION = new Channel("CALLACTION");
    public static final Channel EMBEDDED = new Channel("EMBEDDED");

    public Channel {
        Checks.matches(value, FORM, "channel", "1 to 32 upper-case letters, digits or underscores");
    }

    public static Channel of(String value) {
        return new Channel(value == null ? null : token(value));
    }

    /** Upper case, dashes and spaces as underscores: {@code mobile-app} and {@code Mobile app} are {@code MOBILE_APP}. */
    private static String token(String value) {
        return value.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
    }

    /**
     * The channel a request's envelope states (ESB {@code header.channel}, inter-API {@code Header.Channel}), as the
     * interaction log and the agreements record it; {@code dialect} when the envelope states none or one that is not a
     * channel token (1 to 32 letters, digits, spaces, dashes or underscores).
     */
    public static Channel statedOr(String stated, Channel dialect) {
        if (stated == null || stated.isBlank()) {
            return dialect;
        }
        String token = token(stated);
        return FORM.matcher(token).matches() ? new Channel(token) : dialect;
    }

    @Override
    public String toString() {
        return value;
    }
}
