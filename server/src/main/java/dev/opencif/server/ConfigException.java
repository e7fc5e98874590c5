package dev.opencif.server;

/** A configuration the server cannot start with; its message says what to change (never a secret). */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A configured value fit to quote in a message: control characters as {@code ?}, at most 40 characters. */
    static String shown(String value) {
        String cleaned = value.replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() > 40 ? cleaned.substring(0, 40) + "…" : cleaned;
    }
}
