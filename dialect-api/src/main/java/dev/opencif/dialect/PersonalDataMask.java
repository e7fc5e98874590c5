package dev.opencif.dialect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data in text bound for the logs: e-mail addresses, JWTs and bearer tokens, secrets in
 * {@code key=value} pairs, and digit runs of six or more (national ids, phone and account numbers; the last two
 * digits stay). UUIDs are kept: they identify records without saying anything about a person.
 */
public final class PersonalDataMask {
    private static final Pattern SENSITIVE = Pattern.compile(
            "(?<uuid>\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b)"
                    + "|(?<email>[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)"
                    + "|(?<jwt>eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*)"
                    + "|(?<bearer>(?i:bearer|basic)\\s+)\\S+"
                    + "|(?<secret>(?i:token|appkey|app_key|secret|password|apikey|api_key|access_token)\\s*[=:]\\s*)[^&\\s,;\"]+"
                    + "|(?<digits>\\+?\\d[\\d ]{4,}\\d)");

    /** Paths in logs and errors are cut to this many characters. */
    public static final int MAX_PATH = 160;
    /** A segment that looks like a credential: {@code user.secret} as bLink's bearer tokens are built. */
    private static final Pattern TOKEN_SEGMENT = Pattern.compile("(?<=^|/)[A-Za-z0-9_-]{3,}\\.[A-Za-z0-9_-]{12,}(?=/|$)");

    private PersonalDataMask() {
    }

    /**
     * A request path fit for a log line: percent-decoded first (so {@code %40} and {@code %31%30…} are seen for what
     * they are), masked, credential-like segments replaced, and cut to {@value #MAX_PATH} characters.
     */
    public static String maskPath(String rawPath) {
        if (rawPath == null) {
            return null;
        }
        String cut = rawPath.length() > 4 * MAX_PATH ? rawPath.substring(0, 4 * MAX_PATH) : rawPath;
        String masked = TOKEN_SEGMENT.matcher(mask(decode(cut))).replaceAll("***");
        return masked.length() > MAX_PATH ? masked.substring(0, MAX_PATH) + "…" : masked;
    }

    /** Percent-decodes as UTF-8, leaving malformed escapes as they are. */
    static String decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        java.io.ByteArrayOutputStream escaped = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length() && hex(raw.charAt(i + 1)) >= 0 && hex(raw.charAt(i + 2)) >= 0) {
                escaped.write(hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2)));
                i += 2;
                continue;
            }
            if (escaped.size() > 0) {
                out.append(escaped.toString(java.nio.charset.StandardCharsets.UTF_8));
                escaped.reset();
            }
            out.append(c);
        }
        if (escaped.size() > 0) {
            out.append(escaped.toString(java.nio.charset.StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    /** The text with every piece of personal data or credential replaced; {@code null} stays {@code null}. */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher m = SENSITIVE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String replacement;
            if (m.group("uuid") != null) {
                replacement = m.group("uuid");
            } else if (m.group("email") != null) {
                replacement = "***@***";
            } else if (m.group("jwt") != null) {
                replacement = "***";
            } else if (m.group("bearer") != null) {
                replacement = m.group("bearer") + "***";
            } else if (m.group("secret") != null) {
                replacement = m.group("secret") + "***";
            } else {
                replacement = maskDigits(m.group("digits"));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String maskDigits(String run) {
        String digits = run.replaceAll("\\D", "");
        if (digits.length() < 6) {
            return run;
        }
        return "***" + digits.substring(digits.length() - 2);
    }
}
