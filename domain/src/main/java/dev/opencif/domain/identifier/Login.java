package dev.opencif.domain.identifier;

import dev.opencif.domain.shared.Checks;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The counterparty platform's login: a phone, an e-mail or another user name, 3 to 128 visible
 * characters. Unique per owning counterparty, compared case-insensitively.
 */
public record Login(String value) implements Identifier {
    private static final Pattern FORM = Pattern.compile("\\S{3,128}");

    public Login {
        Checks.required(value, "login");
        value = value.strip();
        Checks.matches(value, FORM, "login", "3 to 128 characters without spaces");
    }

    @Override
    public IdentifierType type() {
        return IdentifierType.LOGIN;
    }

    @Override
    public String uniqueKey() {
        return value.toLowerCase(Locale.ROOT);
    }
}
