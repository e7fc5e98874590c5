package dev.opencif.domain.account;

import java.util.EnumSet;
import java.util.Set;

/** Account lifecycle: ACTIVE ⇄ BLOCKED, either → CLOSED (final). */
public enum AccountStatus {
    ACTIVE,
    BLOCKED,
    CLOSED;

    public Set<AccountStatus> successors() {
        return switch (this) {
            case ACTIVE -> EnumSet.of(BLOCKED, CLOSED);
            case BLOCKED -> EnumSet.of(ACTIVE, CLOSED);
            case CLOSED -> EnumSet.noneOf(AccountStatus.class);
        };
    }
}
