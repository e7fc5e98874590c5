package dev.opencif.domain.transaction;

/** Within the bank (INTRA) or to/from another bank (INTER). */
public enum Scope {
    INTER,
    INTRA
}
