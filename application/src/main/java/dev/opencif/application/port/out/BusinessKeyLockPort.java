package dev.opencif.application.port.out;

/**
 * One writer per business key at a time: {@link #lock} waits until no other unit of work holds the same key and
 * holds it until the running unit of work ends. Use cases that must answer "the one record" for racing requests (one
 * onboarding flow per citizen, one eKYC combo per national id) lock the key, then look for the record, then create
 * it; the second of two racing requests finds what the first created instead of failing on a unique index.
 * Adapters keep only a digest of the key, never the key (often a national id) itself.
 */
public interface BusinessKeyLockPort {

    /** Locks {@code value} of {@code kind} (e.g. {@code citizen}) in the running unit of work. */
    void lock(String kind, String value);
}
