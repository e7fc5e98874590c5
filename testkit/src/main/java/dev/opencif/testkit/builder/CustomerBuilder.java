package dev.opencif.testkit.builder;

import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.domain.customer.Address;
import dev.opencif.domain.customer.BalanceAllowance;
import dev.opencif.domain.customer.BranchRef;
import dev.opencif.domain.customer.ContactDetail;
import dev.opencif.domain.customer.CounterpartyId;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.CustomerNumber;
import dev.opencif.domain.customer.CustomerRegistration;
import dev.opencif.domain.customer.CustomerStatus;
import dev.opencif.domain.customer.CustomerType;
import dev.opencif.domain.customer.PersonName;
import dev.opencif.domain.customer.Segment;
import dev.opencif.domain.identifier.EmailAddress;
import dev.opencif.domain.identifier.Identifier;
import dev.opencif.domain.identifier.Login;
import dev.opencif.domain.identifier.NationalId;
import dev.opencif.domain.identifier.PhoneNumber;
import dev.opencif.domain.kyc.KycLevel;
import dev.opencif.domain.kyc.KycMethod;
import dev.opencif.domain.kyc.KycProfile;
import dev.opencif.domain.shared.Money;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds customers for tests: by default an ACTIVE individual verified at KYC STANDARD, with a name, a birth
 * date, a fresh Turkish TCKN and a fresh mobile number, so no two built customers collide on a unique identifier.
 */
public final class CustomerBuilder {
    /** When the KYC of {@link #registration()} counts as verified (there is no clock to ask). */
    public static final Instant DEFAULT_VERIFIED_AT = Instant.parse("2026-01-01T00:00:00Z");

    private CustomerId id;
    private CustomerNumber number;
    private CustomerType type = CustomerType.INDIVIDUAL;
    private PersonName name = new PersonName("Ayşe", "Yılmaz", null);
    private LocalDate birthDate = LocalDate.of(1990, 5, 17);
    private CustomerStatus status = CustomerStatus.ACTIVE;
    private Segment segment;
    private BranchRef branch;
    private CounterpartyId counterparty;
    private boolean disabled;
    private KycLevel kycLevel = KycLevel.STANDARD;
    private KycMethod kycMethod;
    private KycProfile kycProfile;
    private Money ekycLimit;
    private NationalId nationalId = UniqueValues.turkishId();
    private PhoneNumber phone = UniqueValues.phone();
    private EmailAddress email;
    private Login login;
    private final List<NationalId> extraNationalIds = new ArrayList<>();
    private final List<ContactDetail> contacts = new ArrayList<>();
    private final List<Address> addresses = new ArrayList<>();
    private BalanceAllowance balanceAllowance;

    private CustomerBuilder() {
    }

    public static CustomerBuilder aCustomer() {
        return new CustomerBuilder();
    }

    /** A nameless e-money customer of a counterparty platform: PROSPECT, KYC NONE, a login and nothing else. */
    public static CustomerBuilder aWalletCustomer(CounterpartyId counterparty) {
        return new CustomerBuilder().withName(PersonName.NONE).withBirthDate(null).withStatus(CustomerStatus.PROSPECT)
                .withKyc(KycLevel.NONE).withoutNationalId().withoutPhone().inCounterparty(counterparty)
                .withLogin(UniqueValues.login().value());
    }

    public CustomerBuilder withId(CustomerId value) {
        id = value;
        return this;
    }

    public CustomerBuilder withNumber(CustomerNumber value) {
        number = value;
        return this;
    }

    public CustomerBuilder withNumber(long value) {
        return withNumber(new CustomerNumber(value));
    }

    public CustomerBuilder ofType(CustomerType value) {
        type = value;
        return this;
    }

    public CustomerBuilder withName(String first, String last) {
        name = new PersonName(first, last, name.middle());
        return this;
    }

    public CustomerBuilder withName(String first, String middle, String last) {
        name = new PersonName(first, last, middle);
        return this;
    }

    public CustomerBuilder withName(PersonName value) {
        name = value == null ? PersonName.NONE : value;
        return this;
    }

    public CustomerBuilder withBirthDate(LocalDate value) {
        birthDate = value;
        return this;
    }

    /** The status the built customer ends in; BLOCKED and CLOSED are reached through the state machine by {@link #build}. */
    public CustomerBuilder withStatus(CustomerStatus value) {
        status = Objects.requireNonNull(value, "status");
        return this;
    }

    public CustomerBuilder withSegment(String value) {
        segment = value == null ? null : new Segment(value);
        return this;
    }

    public CustomerBuilder withBranch(String value) {
        branch = value == null ? null : new BranchRef(value);
        return this;
    }

    public CustomerBuilder inCounterparty(CounterpartyId value) {
        counterparty = value;
        return this;
    }

    public CustomerBuilder disabled(boolean value) {
        disabled = value;
        return this;
    }

    /** Verified at {@code level} (method IN_BRANCH, or EKYC for level EKYC); NONE means unverified. */
    public CustomerBuilder withKyc(KycLevel level) {
        kycLevel = Objects.requireNonNull(level, "level");
        kycProfile = null;
        return this;
    }

    public CustomerBuilder withKyc(KycLevel level, KycMethod method) {
        withKyc(level);
        kycMethod = method;
        return this;
    }

    /** An explicit profile, used as is. */
    public CustomerBuilder withKyc(KycProfile profile) {
        kycProfile = Objects.requireNonNull(profile, "profile");
        return this;
    }

    /** KYC level EKYC with this account limit. */
    public CustomerBuilder withEkycLimit(Money limit) {
        withKyc(KycLevel.EKYC);
        ekycLimit = limit;
        return this;
    }

    public CustomerBuilder withNationalId(NationalId value) {
        nationalId = value;
        return this;
    }

    /** A Turkish identity number (must have valid check digits). */
    public CustomerBuilder withTckn(String tckn) {
        return withNationalId(NationalId.turkish(tckn));
    }

    /** Replaces the default TCKN by a fresh Vietnamese CCCD. */
    public CustomerBuilder vietnamese() {
        nationalId = UniqueValues.vietnameseId();
        return this;
    }

    /** A second national id of another kind or country (e.g. a passport). */
    public CustomerBuilder alsoIdentifiedBy(NationalId value) {
        extraNationalIds.add(Objects.requireNonNull(value, "nationalId"));
        return this;
    }

    public CustomerBuilder withoutNationalId() {
        nationalId = null;
        return this;
    }

    public CustomerBuilder withPhone(String e164) {
        phone = e164 == null ? null : new PhoneNumber(e164);
        return this;
    }

    public CustomerBuilder withPhone(PhoneNumber value) {
        phone = value;
        return this;
    }

    public CustomerBuilder withoutPhone() {
        phone = null;
        return this;
    }

    public CustomerBuilder withEmail(String value) {
        email = value == null ? null : new EmailAddress(value);
        return this;
    }

    public CustomerBuilder withLogin(String value) {
        login = value == null ? null : new Login(value);
        return this;
    }

    public CustomerBuilder withAddress(Address value) {
        addresses.add(Objects.requireNonNull(value, "address"));
        return this;
    }

    public CustomerBuilder withContact(ContactDetail value) {
        contacts.add(Objects.requireNonNull(value, "contact"));
        return this;
    }

    public CustomerBuilder withBalanceAllowance(Money amount, String assetIssuer) {
        balanceAllowance = new BalanceAllowance(amount, assetIssuer);
        return this;
    }

    public List<Identifier> identifiers() {
        List<Identifier> ids = new ArrayList<>();
        if (nationalId != null) {
            ids.add(nationalId);
        }
        ids.addAll(extraNationalIds);
        if (phone != null) {
            ids.add(phone);
        }
        if (email != null) {
            ids.add(email);
        }
        if (login != null) {
            ids.add(login);
        }
        return List.copyOf(ids);
    }

    /** What a dialect would hand to onboarding; the status must be one a customer may start in. */
    public CustomerRegistration registration() {
        return registration(status, DEFAULT_VERIFIED_AT);
    }

    private CustomerRegistration registration(CustomerStatus initial, Instant verifiedAt) {
        return new CustomerRegistration(type, name, birthDate, initial, segment, branch, counterparty, disabled,
                kyc(verifiedAt), identifiers(), contacts, addresses, balanceAllowance);
    }

    private KycProfile kyc(Instant verifiedAt) {
        if (kycProfile != null) {
            return kycProfile;
        }
        KycProfile profile = KycProfile.none();
        if (kycLevel != KycLevel.NONE) {
            KycMethod method = kycMethod != null ? kycMethod : kycLevel == KycLevel.EKYC ? KycMethod.EKYC : KycMethod.IN_BRANCH;
            profile = profile.verifiedAs(kycLevel, method, verifiedAt);
        }
        return ekycLimit == null ? profile : profile.withAccountLimit(ekycLimit);
    }

    /**
     * A registered, never-stored customer (version 0) with a fresh id and the given or a unique CIF, moved to
     * the requested status at {@code clock}'s time. Its onboarding events are still pending.
     */
    public Customer build(Clock clock) {
        return build(clock, number != null ? number : UniqueValues.customerNumber());
    }

    private Customer build(Clock clock, CustomerNumber cif) {
        Instant now = clock.instant();
        CustomerStatus initial = status.isInitial() ? status
                : status == CustomerStatus.BLOCKED ? CustomerStatus.ACTIVE : CustomerStatus.PROSPECT;
        Customer customer = Customer.register(id != null ? id : CustomerId.random(), cif, registration(initial, now), now);
        customer.changeStatus(status, now);
        return customer;
    }

    /**
     * Builds with {@code ports}' clock and CIF sequence (unless a CIF was given), stores it and returns the stored
     * customer; its events are dropped, as a service would have published them.
     */
    public Customer savedIn(OpenCifPorts ports) {
        CustomerNumber cif = number != null ? number : ports.customerNumbers().nextCustomerNumber();
        Customer customer = build(ports.clock(), cif);
        customer.pullEvents();
        return ports.saveCustomer().save(customer);
    }
}
