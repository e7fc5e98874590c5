package dev.opencif.domain.shared;

import java.util.regex.Pattern;

/** A currency (ISO 4217, e.g. {@code VND}) or e-money asset code (e.g. {@code UAH}, {@code eUAH}): 1 to 12 letters or digits. */
public record AssetCode(String value) {
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9]{1,12}");

    public AssetCode {
        Checks.matches(value, FORM, "assetCode", "1 to 12 letters or digits");
    }

    public static AssetCode of(String value) {
        return new AssetCode(value == null ? null : value.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}
