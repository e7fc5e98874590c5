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

    private PersonalDataMask() {
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
