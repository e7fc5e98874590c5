package dev.opencif.domain.account;

import dev.opencif.domain.shared.Checks;
import java.util.regex.Pattern;

/** A bank account number: 6 to 20 digits. Unique bank-wide, never reissued. */
public record AccountNumber(String value) implements Comparable<AccountNumber> {
    private static final Pattern FORM = Pattern.compile("\\d{6,20}");

    public AccountNumber {
        Checks.required(value, "accountNumber");
        value = value.strip();
        Checks.matches(value, FORM, "accountNumber", "6 to 20 digits");
    }

    @Override
    public int compareTo(AccountNumber other) {
        int byLength = Integer.compare(value.length(), other.value.length());
        return byLength != 0 ? byLength : value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
