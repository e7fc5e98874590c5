package dev.opencif.domain.identifier;

import dev.opencif.domain.shared.Checks;
import java.util.Locale;
import java.util.regex.Pattern;

/** An internet/mobile banking (IBMB) username: 4 to 32 of {@code a-z 0-9 . _ -}, lower-cased. Unique bank-wide. */
public record BankingUsername(String value) implements Identifier {
    private static final Pattern FORM = Pattern.compile("[a-z0-9._-]{4,32}");

    public BankingUsername {
        Checks.required(value, "username");
        value = value.strip().toLowerCase(Locale.ROOT);
        Checks.matches(value, FORM, "username", "4 to 32 letters, digits, dots, underscores or dashes");
    }

    @Override
    public IdentifierType type() {
        return IdentifierType.BANKING_USERNAME;
    }
}
