package dev.opencif.domain.shared;

import dev.opencif.domain.error.ValidationException;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The one rule for text that crosses the boundary (docs/security.md, "Text"): everything stored is in Unicode
 * normalisation form NFC, so a name typed on a Mac (NFD) and on Windows (NFC) is one name; control characters (C0, DEL,
 * C1, NUL), format characters (zero-width spaces and joiners, the byte-order mark, bidi overrides and isolates, the
 * soft hyphen), unassigned and private-use code points and lone surrogates are refused with a message naming the
 * field, except that free text may keep line breaks and tabs. Identifiers that are compared (logins, e-mail addresses)
 * are compared in {@link #canonical} form, so values that look the same collide.
 */
public final class Text {
    private Text() {
    }

    /** {@code value} in NFC, refused if it holds a control or invisible character; {@code null} stays {@code null}. */
    public static String clean(String value, String field) {
        return check(value, field, false);
    }

    /** As {@link #clean}, but line breaks ({@code \n}, {@code \r}) and tabs are allowed: for free text. */
    public static String cleanMultiline(String value, String field) {
        return check(value, field, true);
    }

    /**
     * The form in which identifiers are compared: NFKC (compatibility forms such as fullwidth letters fold to their
     * plain form), then case-folded (upper, then lower, so that {@code ß} and {@code SS} meet), then NFC again.
     */
    public static String canonical(String value) {
        String compatible = Normalizer.normalize(value, Normalizer.Form.NFKC);
        String folded = compatible.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        return Normalizer.normalize(folded, Normalizer.Form.NFC);
    }

    /** {@code value} in NFC, unchecked: for search input, which must match stored NFC text whatever form it came in. */
    public static String nfc(String value) {
        return value == null || Normalizer.isNormalized(value, Normalizer.Form.NFC) ? value
                : Normalizer.normalize(value, Normalizer.Form.NFC);
    }

    private static String check(String value, String field, boolean multiline) {
        if (value == null) {
            return null;
        }
        String normalized = nfc(value);
        for (int i = 0; i < normalized.length(); ) {
            int cp = normalized.codePointAt(i);
            if (!allowed(cp, multiline)) {
                throw ValidationException.of(field, "must not contain " + describe(cp) + " (at position " + (i + 1) + ")");
            }
            i += Character.charCount(cp);
        }
        return normalized;
    }

    private static boolean allowed(int cp, boolean multiline) {
        if (multiline && (cp == '\n' || cp == '\r' || cp == '\t')) {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.UNASSIGNED:
            case Character.PRIVATE_USE:
            case Character.SURROGATE:
                return false;
            default:
                return cp != 0x2028 && cp != 0x2029;
        }
    }

    /** Names the character by its code point only: the message never quotes the input. */
    private static String describe(int cp) {
        String kind = switch (Character.getType(cp)) {
            case Character.CONTROL -> "a control character";
            case Character.FORMAT -> "an invisible formatting character";
            case Character.SURROGATE -> "a broken UTF-16 surrogate";
            case Character.PRIVATE_USE -> "a private-use character";
            case Character.UNASSIGNED -> "an unassigned character";
            default -> "a line or paragraph separator";
        };
        return kind + " U+" + String.format("%04X", cp);
    }
}
