package dev.opencif.domain.nicenumber;

/** How "nice" an account number is, from plain to most sought-after. Ordered: compare with {@link #compareTo}. */
public enum NiceTier {
    STANDARD,
    SILVER,
    GOLD,
    PLATINUM
}
