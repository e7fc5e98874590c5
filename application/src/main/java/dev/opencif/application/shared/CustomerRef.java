package dev.opencif.application.shared;

import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.CustomerNumber;
import dev.opencif.domain.identifier.Identifier;
import dev.opencif.domain.identifier.IdentifierType;
import dev.opencif.domain.shared.Checks;

/**
 * How a dialect addresses a customer: internal id (counterparty {@code customer_guid}, callAction
 * {@code customerInternalId}), CIF (ESB, inter-API {@code CustomerNo}) or a bank-wide unique
 * identifier (national id, phone).
 */
public sealed interface CustomerRef permits CustomerRef.ById, CustomerRef.ByNumber, CustomerRef.ByIdentifier {

    static CustomerRef id(CustomerId id) {
        return new ById(id);
    }

    static CustomerRef number(CustomerNumber number) {
        return new ByNumber(number);
    }

    static CustomerRef identifier(Identifier identifier) {
        return new ByIdentifier(identifier);
    }

    /** The key as it should appear in a NOT_FOUND message (identifiers are masked). */
    String describe();

    record ById(CustomerId id) implements CustomerRef {
        public ById {
            Checks.required(id, "customerId");
        }

        @Override
        public String describe() {
            return id.toString();
        }
    }

    record ByNumber(CustomerNumber number) implements CustomerRef {
        public ByNumber {
            Checks.required(number, "cif");
        }

        @Override
        public String describe() {
            return "CIF " + number;
        }
    }

    /** Only bank-wide unique identifiers address a customer unambiguously. */
    record ByIdentifier(Identifier identifier) implements CustomerRef {
        public ByIdentifier {
            Checks.required(identifier, "identifier");
            Checks.that(identifier.type() == IdentifierType.NATIONAL_ID || identifier.type() == IdentifierType.PHONE,
                    "identifier", "a customer is found by national id or phone, not by " + identifier.type());
        }

        @Override
        public String describe() {
            return identifier.type() + " " + identifier;
        }
    }
}
