package dev.opencif.domain.nicenumber;

import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.shared.Checks;
import java.util.regex.Pattern;

/**
 * What a customer looks for when choosing a nice number: numbers ending with, starting with or
 * containing some digits, an exact number, or any number with a run of one repeated digit.
 */
public record NicePattern(Kind kind, String digits) {
    private static final Pattern DIGITS = Pattern.compile("\\d{1,20}");

    public enum Kind {
        SUFFIX,
        PREFIX,
        CONTAINS,
        EXACT,
        /** {@code digits} is one digit repeated, e.g. {@code 8888}: numbers containing that run. */
        REPEATED
    }

    public NicePattern {
        Checks.required(kind, "pattern.kind");
        Checks.matches(digits, DIGITS, "pattern.digits", "1 to 20 digits");
        if (kind == Kind.REPEATED) {
            Checks.that(digits.length() >= 2 && digits.chars().distinct().count() == 1, "pattern.digits",
                    "a REPEATED pattern is one digit repeated at least twice, e.g. 8888");
        }
    }

    public boolean matches(AccountNumber number) {
        String n = number.value();
        return switch (kind) {
            case SUFFIX -> n.endsWith(digits);
            case PREFIX -> n.startsWith(digits);
            case CONTAINS, REPEATED -> n.contains(digits);
            case EXACT -> n.equals(digits);
        };
    }
}
