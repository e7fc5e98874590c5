package dev.opencif.domain.identifier;

import dev.opencif.domain.shared.Checks;
import dev.opencif.domain.shared.Text;
import java.util.regex.Pattern;

/**
 * The counterparty platform's login: a phone, an e-mail or another user name, 3 to 128 visible
 * characters, in NFC. Unique per owning counterparty, compared in {@link Text#canonical} form (case and compatibility
 * forms such as fullwidth letters do not count), so logins that look alike collide.
 */
public record Login(String value) implements Identifier {
    private static final Pattern FORM = Pattern.compile("\\S{3,128}");

    public Login {
        Checks.required(value, "login");
        value = Text.clean(value.strip(), "login");
        Checks.matches(value, FORM, "login", "3 to 128 characters without spaces");
    }

    @Override
    public IdentifierType type() {
        return IdentifierType.LOGIN;
    }

    @Override
    public String uniqueKey() {
        return Text.canonical(value);
    }
}
