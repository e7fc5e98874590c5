package dev.opencif.domain.customer;

import dev.opencif.domain.error.InvalidStateTransitionException;
import dev.opencif.domain.error.NotFoundException;
import dev.opencif.domain.error.RuleViolationException;
import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.identifier.BankingUsername;
import dev.opencif.domain.identifier.EmailAddress;
import dev.opencif.domain.identifier.Identifier;
import dev.opencif.domain.identifier.Login;
import dev.opencif.domain.identifier.NationalId;
import dev.opencif.domain.identifier.NationalIdKind;
import dev.opencif.domain.identifier.PhoneNumber;
import dev.opencif.domain.kyc.KycProfile;
import dev.opencif.domain.shared.Checks;
import dev.opencif.domain.shared.CountryCode;
import dev.opencif.domain.shared.DomainEvent;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The customer aggregate: one person (or company) known to the bank under one CIF, whichever dialect
 * onboarded it. It guards its invariants on every change and on {@link #restore}, and records
 * {@link CustomerEvent}s for the outbox. Not thread-safe: load, change and save within one unit of work.
 */
public final class Customer {
    /** Below this many entries, uniqueness is checked by comparing pairs: cheaper than hashing for the usual few. */
    private static final int SMALL = 16;

    private CustomerState state;
    private final List<DomainEvent> events = new ArrayList<>();

    private Customer(CustomerState state) {
        checkInvariants(state);
        this.state = state;
    }

    /** Registers a new customer under a freshly issued id and CIF. */
    public static Customer register(CustomerId id, CustomerNumber number, CustomerRegistration registration, Instant now) {
        Objects.requireNonNull(registration, "registration");
        Checks.required(now, "now");
        if (registration.birthDate() != null && registration.birthDate().isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
            throw ValidationException.of("birthDate", "must not be in the future");
        }
        Customer customer = new Customer(new CustomerState(id, number, registration.type(), registration.name(),
                registration.birthDate(), registration.status(), registration.segment(), registration.branch(),
                registration.counterparty(), registration.disabled(), null, registration.kyc(),
                registration.identifiers(), registration.contacts(), registration.addresses(), List.of(),
                registration.balanceAllowance(), null, now, now, 0));
        customer.events.add(new CustomerEvent.Onboarded(id, number, registration.status(), now));
        return customer;
    }

    /** Rebuilds a stored customer; the same invariants as for a new one are checked. */
    public static Customer restore(CustomerState state) {
        return new Customer(Objects.requireNonNull(state, "state"));
    }

    public CustomerState state() {
        return state;
    }

    public CustomerId id() {
        return state.id();
    }

    public CustomerNumber number() {
        return state.number();
    }

    public CustomerStatus status() {
        return state.status();
    }

    public long version() {
        return state.version();
    }

    public boolean isBlacklisted() {
        return state.blacklisting() != null;
    }

    public Optional<PhoneNumber> phone() {
        return identifier(PhoneNumber.class);
    }

    public Optional<EmailAddress> email() {
        return identifier(EmailAddress.class);
    }

    public Optional<Login> login() {
        return identifier(Login.class);
    }

    public List<NationalId> nationalIds() {
        return state.identifiers().stream().filter(NationalId.class::isInstance).map(NationalId.class::cast).toList();
    }

    /** Events recorded since the last call; the caller hands them to the outbox. */
    public List<DomainEvent> pullEvents() {
        List<DomainEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    // ---- lifecycle ---------------------------------------------------------------------------------

    /** Moves along the state machine of {@link CustomerStatus}; an illegal move is a typed error, a move to the same status a no-op. */
    public void changeStatus(CustomerStatus to, Instant now) {
        Checks.required(to, "status");
        CustomerStatus from = state.status();
        if (from == to) {
            return;
        }
        if (!from.canBecome(to)) {
            throw new InvalidStateTransitionException("Customer", from, to);
        }
        if (to == CustomerStatus.ACTIVE && isBlacklisted()) {
            throw new RuleViolationException("CUSTOMER_BLACKLISTED", "a blacklisted customer cannot be activated; lift the blacklisting first");
        }
        apply(s -> copy(s, b -> b.status = to), now);
        events.add(new CustomerEvent.StatusChanged(id(), from, to, now));
    }

    /** Blacklists the customer; an ACTIVE customer becomes BLOCKED. Blacklisting twice is refused. */
    public void blacklist(String reason, Instant now) {
        if (state.status() == CustomerStatus.CLOSED) {
            throw new InvalidStateTransitionException("Customer", CustomerStatus.CLOSED, CustomerStatus.BLOCKED);
        }
        if (isBlacklisted()) {
            throw new RuleViolationException("ALREADY_BLACKLISTED", "the customer is already blacklisted");
        }
        CustomerStatus from = state.status();
        CustomerStatus to = from == CustomerStatus.ACTIVE ? CustomerStatus.BLOCKED : from;
        Blacklisting blacklisting = new Blacklisting(reason, now, from != to);
        apply(s -> copy(s, b -> {
            b.blacklisting = blacklisting;
            b.status = to;
        }), now);
        events.add(new CustomerEvent.Blacklisted(id(), blacklisting.reason(), now));
        if (from != to) {
            events.add(new CustomerEvent.StatusChanged(id(), from, to, now));
        }
    }

    /**
     * Lifts the blacklisting; a customer the blacklisting itself blocked becomes ACTIVE again, one that was
     * already BLOCKED before (or is in any other status) keeps its status.
     */
    public void liftBlacklist(Instant now) {
        if (!isBlacklisted()) {
            throw new RuleViolationException("NOT_BLACKLISTED", "the customer is not blacklisted");
        }
        CustomerStatus from = state.status();
        boolean blockedByBlacklisting = state.blacklisting().blockedCustomer();
        CustomerStatus to = from == CustomerStatus.BLOCKED && blockedByBlacklisting ? CustomerStatus.ACTIVE : from;
        apply(s -> copy(s, b -> {
            b.blacklisting = null;
            b.status = to;
        }), now);
        events.add(new CustomerEvent.BlacklistLifted(id(), now));
        if (from != to) {
            events.add(new CustomerEvent.StatusChanged(id(), from, to, now));
        }
    }

    // ---- details -----------------------------------------------------------------------------------

    /** Applies a set of detail changes at once (names, birth date, segment, branch, identifiers, …). */
    public void changeDetails(CustomerChanges changes, Instant now) {
        Objects.requireNonNull(changes, "changes");
        requireNotClosed();
        if (changes.isEmpty()) {
            return;
        }
        if (changes.birthDate() != null && changes.birthDate().isPresent()
                && changes.birthDate().get().isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
            throw ValidationException.of("birthDate", "must not be in the future");
        }
        apply(s -> copy(s, b -> {
            if (changes.name() != null) {
                b.name = changes.name();
            }
            if (changes.birthDate() != null) {
                b.birthDate = changes.birthDate().orElse(null);
            }
            if (changes.segment() != null) {
                b.segment = changes.segment().orElse(null);
            }
            if (changes.branch() != null) {
                b.branch = changes.branch().orElse(null);
            }
            if (changes.disabled() != null) {
                b.disabled = changes.disabled();
            }
            if (changes.balanceAllowance() != null) {
                b.balanceAllowance = changes.balanceAllowance().orElse(null);
            }
            if (changes.picture() != null) {
                b.picture = changes.picture().orElse(null);
            }
            for (Identifier identifier : changes.identifiers()) {
                b.identifiers = replaceIdentifier(b.identifiers, identifier);
            }
        }), now);
        events.add(new CustomerEvent.DetailsChanged(id(), changes.changedFields(), now));
    }

    public void updateKyc(UnaryOperator<KycProfile> change, Instant now) {
        requireNotClosed();
        KycProfile updated = Objects.requireNonNull(change.apply(state.kyc()), "kyc");
        if (updated.equals(state.kyc())) {
            return;
        }
        apply(s -> copy(s, b -> b.kyc = updated), now);
        events.add(new CustomerEvent.KycChanged(id(), updated.level(), now));
    }

    public void addAddress(Address address, Instant now) {
        requireNotClosed();
        Checks.required(address, "address");
        if (findAddress(address.id()).isPresent()) {
            throw ValidationException.of("address.id", "already used by another address of this customer");
        }
        apply(s -> copy(s, b -> b.addresses = append(b.addresses, address)), now);
        events.add(new CustomerEvent.AddressSaved(id(), address.id(), now));
    }

    /** Replaces the address with the same id; unknown ids are NOT_FOUND. */
    public void updateAddress(Address address, Instant now) {
        requireNotClosed();
        Checks.required(address, "address");
        if (findAddress(address.id()).isEmpty()) {
            throw new NotFoundException("Address", address.id().toString());
        }
        apply(s -> copy(s, b -> b.addresses = b.addresses.stream()
                .map(a -> a.id().equals(address.id()) ? address : a).toList()), now);
        events.add(new CustomerEvent.AddressSaved(id(), address.id(), now));
    }

    public Optional<Address> findAddress(AddressId addressId) {
        for (Address address : state.addresses()) {
            if (address.id().equals(addressId)) {
                return Optional.of(address);
            }
        }
        return Optional.empty();
    }

    public void addContactDetail(ContactDetail contact, Instant now) {
        requireNotClosed();
        Checks.required(contact, "contactDetail");
        boolean duplicate = state.contacts().stream().anyMatch(c -> c.id().equals(contact.id())
                || (c.medium() == contact.medium() && c.content().equals(contact.content())));
        if (duplicate) {
            throw ValidationException.of("contactDetail.content", "this person already has this " + contact.medium() + " contact");
        }
        apply(s -> copy(s, b -> b.contacts = append(b.contacts, contact)), now);
        events.add(new CustomerEvent.ContactDetailAdded(id(), contact.id(), now));
    }

    /** Adds a representative, or replaces the one with the same id. */
    public void saveRepresentative(Representative representative, Instant now) {
        requireNotClosed();
        Checks.required(representative, "representative");
        List<Representative> others = state.representatives().stream()
                .filter(r -> !r.id().equals(representative.id())).toList();
        List<Representative> updated = new ArrayList<>(others);
        updated.add(representative);
        apply(s -> copy(s, b -> b.representatives = List.copyOf(updated)), now);
        events.add(new CustomerEvent.RepresentativeSaved(id(), representative.id(), now));
    }

    // ---- invariants --------------------------------------------------------------------------------

    private static void checkInvariants(CustomerState s) {
        checkIdentifiers(s.identifiers());
        requireUnique(s.addresses(), Address::id, "addresses");
        requireUnique(s.contacts(), ContactDetail::id, "contacts");
        List<Representative> representatives = s.representatives();
        requireUnique(representatives, Representative::id, "representatives");
        for (Representative r : representatives) {
            if (r.person().equals(s.id())) {
                throw ValidationException.of("representative.person", "a customer cannot represent itself");
            }
        }
        requireUnique(representatives, r -> new PersonRelation(r.person(), r.relation()), "representatives");
        if (s.blacklisting() != null && s.status() == CustomerStatus.ACTIVE) {
            throw ValidationException.of("status", "a blacklisted customer cannot be ACTIVE");
        }
    }

    /** A representative's person and relation: a customer names each pair at most once. */
    private record PersonRelation(CustomerId person, RelationType relation) {
    }

    /** No banking username; at most one national id per kind and country, at most one identifier of every other type. */
    private static void checkIdentifiers(List<Identifier> identifiers) {
        Set<Object> slots = identifiers.size() < SMALL ? null : new HashSet<>();
        for (int i = 0; i < identifiers.size(); i++) {
            Identifier identifier = identifiers.get(i);
            if (identifier instanceof BankingUsername) {
                throw ValidationException.of("identifiers", "a banking username belongs to the banking user, not the customer");
            }
            boolean taken = slots == null ? slotTakenBefore(identifiers, i) : !slots.add(slot(identifier));
            if (taken) {
                throw ValidationException.of("identifiers", "at most one "
                        + (identifier instanceof NationalId nationalId ? nationalId.kind() : identifier.type()) + " per customer");
            }
        }
    }

    /** Whether an identifier before index {@code i} fills the same slot as the one at {@code i}. */
    private static boolean slotTakenBefore(List<Identifier> identifiers, int i) {
        Identifier identifier = identifiers.get(i);
        for (int j = 0; j < i; j++) {
            if (sameSlot(identifiers.get(j), identifier)) {
                return true;
            }
        }
        return false;
    }

    /** Two national ids of one kind and country, or two other identifiers of one type. */
    private static boolean sameSlot(Identifier a, Identifier b) {
        if (a instanceof NationalId x) {
            return b instanceof NationalId y && x.kind() == y.kind() && x.country().equals(y.country());
        }
        return !(b instanceof NationalId) && a.type() == b.type();
    }

    private static Object slot(Identifier identifier) {
        return identifier instanceof NationalId n ? new NationalSlot(n.kind(), n.country()) : identifier.type();
    }

    /** The slot of a national id: one per kind and issuing country. */
    private record NationalSlot(NationalIdKind kind, CountryCode country) {
    }

    /** Fails when two items have equal keys: a nested loop for the usual short lists, a hash set for long ones. */
    private static <T> void requireUnique(List<T> items, Function<? super T, ?> key, String field) {
        int size = items.size();
        boolean duplicate = false;
        if (size < SMALL) {
            for (int i = 1; i < size && !duplicate; i++) {
                Object k = key.apply(items.get(i));
                for (int j = 0; j < i; j++) {
                    if (Objects.equals(k, key.apply(items.get(j)))) {
                        duplicate = true;
                        break;
                    }
                }
            }
        } else {
            Set<Object> keys = new HashSet<>();
            for (T item : items) {
                if (!keys.add(key.apply(item))) {
                    duplicate = true;
                    break;
                }
            }
        }
        if (duplicate) {
            throw ValidationException.of(field, "contains the same entry twice");
        }
    }

    private void requireNotClosed() {
        if (state.status() == CustomerStatus.CLOSED) {
            throw new RuleViolationException("CUSTOMER_CLOSED", "customer " + number() + " is closed");
        }
    }

    private void apply(UnaryOperator<CustomerState> change, Instant now) {
        Checks.required(now, "now");
        CustomerState changed = change.apply(state);
        Instant updatedAt = now.isBefore(changed.createdAt()) ? changed.createdAt() : now;
        CustomerState next = copy(changed, b -> b.updatedAt = updatedAt);
        checkInvariants(next);
        state = next;
    }

    private <T extends Identifier> Optional<T> identifier(Class<T> type) {
        for (Identifier identifier : state.identifiers()) {
            if (type.isInstance(identifier)) {
                return Optional.of(type.cast(identifier));
            }
        }
        return Optional.empty();
    }

    private static List<Identifier> replaceIdentifier(List<Identifier> current, Identifier replacement) {
        List<Identifier> result = new ArrayList<>();
        for (Identifier existing : current) {
            boolean sameSlot = replacement instanceof NationalId n && existing instanceof NationalId e
                    ? n.kind() == e.kind() && n.country().equals(e.country())
                    : !(replacement instanceof NationalId) && existing.type() == replacement.type();
            if (!sameSlot) {
                result.add(existing);
            }
        }
        result.add(replacement);
        return List.copyOf(result);
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> result = new ArrayList<>(list);
        result.add(item);
        return List.copyOf(result);
    }

    private static CustomerState copy(CustomerState s, java.util.function.Consumer<Builder> edit) {
        Builder b = new Builder(s);
        edit.accept(b);
        return b.build();
    }

    /** Mutable scratch copy of a state, used only inside this class to derive the next state. */
    private static final class Builder {
        private final CustomerState from;
        PersonName name;
        LocalDate birthDate;
        CustomerStatus status;
        Segment segment;
        BranchRef branch;
        boolean disabled;
        Blacklisting blacklisting;
        KycProfile kyc;
        List<Identifier> identifiers;
        List<ContactDetail> contacts;
        List<Address> addresses;
        List<Representative> representatives;
        BalanceAllowance balanceAllowance;
        URI picture;
        Instant updatedAt;

        Builder(CustomerState s) {
            from = s;
            name = s.name();
            birthDate = s.birthDate();
            status = s.status();
            segment = s.segment();
            branch = s.branch();
            disabled = s.disabled();
            blacklisting = s.blacklisting();
            kyc = s.kyc();
            identifiers = s.identifiers();
            contacts = s.contacts();
            addresses = s.addresses();
            representatives = s.representatives();
            balanceAllowance = s.balanceAllowance();
            picture = s.picture();
            updatedAt = s.updatedAt();
        }

        CustomerState build() {
            return new CustomerState(from.id(), from.number(), from.type(), name, birthDate, status, segment, branch,
                    from.counterparty(), disabled, blacklisting, kyc, identifiers, contacts, addresses, representatives,
                    balanceAllowance, picture, from.createdAt(), updatedAt, from.version());
        }
    }
}
