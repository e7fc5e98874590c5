package dev.opencif.archfixture.dialectuseslibrary.dialect;

import org.assertj.core.util.Strings;

/** Fixture VIOLATION: the dialect SPI using a library beyond the core and Jackson. */
public record DialectRequest(String path) {
    public boolean blank() {
        return Strings.isNullOrEmpty(path);
    }
}
