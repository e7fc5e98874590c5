package dev.opencif.domain.support;

import dev.opencif.domain.customer.Address;
import dev.opencif.domain.customer.Blacklisting;
import dev.opencif.domain.customer.ContactDetail;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.CustomerNumber;
import dev.opencif.domain.customer.CustomerState;
import dev.opencif.domain.customer.CustomerStatus;
import dev.opencif.domain.customer.CustomerType;
import dev.opencif.domain.customer.PersonName;
import dev.opencif.domain.customer.Representative;
import dev.opencif.domain.identifier.Identifier;
import dev.opencif.domain.kyc.KycLevel;
import dev.opencif.domain.kyc.KycMethod;
import dev.opencif.domain.kyc.KycProfile;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Fixed instants and a builder of stored customer states in any lifecycle status, for aggregate tests. */
public final class TestCustomers {
    public static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
    public static final Instant LATER = NOW.plus(Duration.ofHours(1));
    public static final Instant MUCH_LATER = NOW.plus(Duration.ofDays(1));

    private TestCustomers() {
    }

    public static Builder aCustomer() {
        return new Builder();
    }

    /** Verified at {@code level} in branch at {@link #NOW}, or unverified for NONE. */
    public static KycProfile kyc(KycLevel level) {
        return level == KycLevel.NONE ? KycProfile.none() : KycProfile.none().verifiedAs(level, KycMethod.IN_BRANCH, NOW);
    }

    /** Mutable test builder; {@link #build()} restores the customer, so the aggregate's invariants apply. */
    public static final class Builder {
        private CustomerId id = CustomerId.random();
        private CustomerNumber number = new CustomerNumber(5_035_232_723L);
        private CustomerStatus status = CustomerStatus.ACTIVE;
        private PersonName name = new PersonName("Ayşe", "Yılmaz", null);
        private LocalDate birthDate = LocalDate.of(1990, 4, 12);
        private Blacklisting blacklisting;
        private KycProfile kyc = TestCustomers.kyc(KycLevel.EKYC);
        private final List<Identifier> identifiers = new ArrayList<>();
        private final List<ContactDetail> contacts = new ArrayList<>();
        private final List<Address> addresses = new ArrayList<>();
        private final List<Representative> representatives = new ArrayList<>();
        private long version = 3;

        public Builder id(CustomerId value) {
            id = value;
            return this;
        }

        public Builder status(CustomerStatus value) {
            status = value;
            return this;
        }

        public Builder kyc(KycLevel level) {
            kyc = TestCustomers.kyc(level);
            return this;
        }

        public Builder kyc(KycProfile value) {
            kyc = value;
            return this;
        }

        /** Blacklisted without the blacklisting having blocked the customer (its status predates the blacklisting). */
        public Builder blacklisted(String reason) {
            return blacklisted(reason, false);
        }

        public Builder blacklisted(String reason, boolean blockedCustomer) {
            blacklisting = new Blacklisting(reason, NOW, blockedCustomer);
            return this;
        }

        public Builder identifiers(Identifier... values) {
            identifiers.addAll(List.of(values));
            return this;
        }

        public Builder contacts(ContactDetail... values) {
            contacts.addAll(List.of(values));
            return this;
        }

        public Builder addresses(Address... values) {
            addresses.addAll(List.of(values));
            return this;
        }

        public Builder representatives(Representative... values) {
            representatives.addAll(List.of(values));
            return this;
        }

        public Builder version(long value) {
            version = value;
            return this;
        }

        public CustomerState state() {
            return new CustomerState(id, number, CustomerType.INDIVIDUAL, name, birthDate, status, null, null, null,
                    false, blacklisting, kyc, identifiers, contacts, addresses, representatives, null, null, NOW, NOW,
                    version);
        }

        public Customer build() {
            return Customer.restore(state());
        }
    }
}
