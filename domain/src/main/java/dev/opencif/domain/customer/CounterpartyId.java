package dev.opencif.domain.customer;

import dev.opencif.domain.shared.Checks;
import dev.opencif.domain.shared.Ids;
import java.util.UUID;

/** The institution or partner that owns a customer on the counterparty e-money platform ({@code counterparty_guid}). */
public record CounterpartyId(UUID value) {
    public CounterpartyId {
        Checks.required(value, "counterpartyId");
    }

    public static CounterpartyId parse(String value) {
        return new CounterpartyId(Ids.parseUuid(value, "counterpartyId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
