package dev.opencif.domain.identifier;

import dev.opencif.domain.shared.Checks;
import dev.opencif.domain.shared.Text;
import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address; the domain part is lower-cased. Not unique (see {@link Uniqueness#NONE}). */
public record EmailAddress(String value) implements Identifier {
    private static final Pattern FORM = Pattern.compile("[^@\\s]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

    public EmailAddress {
        Checks.required(value, "email");
        value = Text.clean(value.strip(), "email");
        Checks.that(value.length() <= 254, "email", "must be at most 254 characters");
        Checks.matches(value, FORM, "email", "an e-mail address such as name@example.com");
        int at = value.lastIndexOf('@');
        value = value.substring(0, at) + value.substring(at).toLowerCase(Locale.ROOT);
    }

    @Override
    public IdentifierType type() {
        return IdentifierType.EMAIL;
    }

    @Override
    public String uniqueKey() {
        return Text.canonical(value);
    }

    @Override
    public String toString() {
        int at = value.indexOf('@');
        return value.charAt(0) + "***" + value.substring(at);
    }
}
