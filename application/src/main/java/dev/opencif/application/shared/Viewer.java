package dev.opencif.application.shared;

import dev.opencif.domain.customer.CounterpartyId;
import dev.opencif.domain.shared.Checks;

/**
 * Whose eyes a read or write is for, which decides which customers exist for the caller:
 * <ul>
 *   <li>{@link Kind#BANK}: the bank's own channels (ESB, inter-API, callAction) see every customer.</li>
 *   <li>{@link Kind#COUNTERPARTY}: a counterparty sees only the customers it owns.</li>
 *   <li>{@link Kind#SERVICE_USER}: an open-finance service user (bLink) sees only customers with an
 *       effective OPEN_FINANCE consent granted to it.</li>
 * </ul>
 * A customer the viewer may not see is reported as NOT_FOUND, so nothing leaks.
 */
public record Viewer(Kind kind, CounterpartyId counterparty, String serviceUser) {
    public enum Kind {
        BANK,
        COUNTERPARTY,
        SERVICE_USER
    }

    private static final Viewer BANK = new Viewer(Kind.BANK, null, null);

    public Viewer {
        Checks.required(kind, "viewer.kind");
        Checks.that((kind == Kind.COUNTERPARTY) == (counterparty != null), "viewer.counterparty", "is required exactly for COUNTERPARTY viewers");
        Checks.that((kind == Kind.SERVICE_USER) == (serviceUser != null), "viewer.serviceUser", "is required exactly for SERVICE_USER viewers");
    }

    public static Viewer bank() {
        return BANK;
    }

    public static Viewer counterparty(CounterpartyId counterparty) {
        return new Viewer(Kind.COUNTERPARTY, Checks.required(counterparty, "counterparty"), null);
    }

    public static Viewer serviceUser(String serviceUser) {
        return new Viewer(Kind.SERVICE_USER, null, Checks.text(serviceUser, "serviceUser", 100));
    }
}
