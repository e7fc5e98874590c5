package dev.opencif.domain.kyc;

import dev.opencif.domain.shared.Checks;

/**
 * A value from a bank parameter table, kept with its label as sent (e.g. education {@code 6} /
 * {@code ÜNİVERSİTE} in the inter-API dialect). Either part may be absent, not both.
 */
public record CodedValue(String code, String label) {
    public CodedValue {
        code = Checks.optionalText(code, "code", 32);
        label = Checks.optionalText(label, "label", 200);
        Checks.that(code != null || label != null, "code", "a coded value needs a code or a label");
    }

    public static CodedValue of(String code, String label) {
        if ((code == null || code.isBlank()) && (label == null || label.isBlank())) {
            return null;
        }
        return new CodedValue(code, label);
    }
}
