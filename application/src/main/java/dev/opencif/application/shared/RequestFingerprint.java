package dev.opencif.application.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A SHA-256 digest of what a request asks for (its operation and its canonical payload, not its envelope's
 * timestamps or credentials): a key sent again with another fingerprint is another request, and is refused.
 */
public record RequestFingerprint(String sha256) {
    public RequestFingerprint {
        Objects.requireNonNull(sha256, "sha256");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a fingerprint is 64 lower-case hex digits");
        }
    }

    /** The digest of {@code parts}, each length-prefixed so that ("ab","c") and ("a","bc") differ. */
    public static RequestFingerprint of(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                byte[] bytes = part == null ? new byte[0] : part;
                digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                digest.update((byte) ':');
                digest.update(bytes);
            }
            return new RequestFingerprint(HexFormat.of().formatHex(digest.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The digest of text parts, as UTF-8. */
    public static RequestFingerprint of(String... parts) {
        byte[][] bytes = new byte[parts.length][];
        for (int i = 0; i < parts.length; i++) {
            bytes[i] = parts[i] == null ? new byte[0] : parts[i].getBytes(StandardCharsets.UTF_8);
        }
        return of(bytes);
    }
}
