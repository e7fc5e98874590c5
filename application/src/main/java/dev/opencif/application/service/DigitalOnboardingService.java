package dev.opencif.application.service;

import dev.opencif.application.port.in.onboarding.CompleteDigitalOnboardingCommand;
import dev.opencif.application.port.in.onboarding.CompleteDigitalOnboardingUseCase;
import dev.opencif.application.port.in.onboarding.OnboardingStatus;
import dev.opencif.application.port.in.onboarding.StartDigitalOnboardingCommand;
import dev.opencif.application.port.in.onboarding.StartDigitalOnboardingUseCase;
import dev.opencif.application.port.in.onboarding.UpdateDigitalOnboardingCommand;
import dev.opencif.application.port.in.onboarding.UpdateDigitalOnboardingUseCase;
import dev.opencif.application.port.out.CitizenRecord;
import dev.opencif.application.port.out.EkycLimitPolicyPort;
import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.application.shared.Origin;
import dev.opencif.domain.agreement.Agreement;
import dev.opencif.domain.agreement.AgreementId;
import dev.opencif.domain.agreement.AgreementTerms;
import dev.opencif.domain.agreement.AgreementType;
import dev.opencif.domain.customer.Address;
import dev.opencif.domain.customer.AddressId;
import dev.opencif.domain.customer.AddressType;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.customer.CustomerChanges;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.CustomerNumber;
import dev.opencif.domain.customer.CustomerRegistration;
import dev.opencif.domain.customer.CustomerStatus;
import dev.opencif.domain.customer.CustomerType;
import dev.opencif.domain.error.DuplicateIdentifierException;
import dev.opencif.domain.error.NotFoundException;
import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.identifier.Identifier;
import dev.opencif.domain.identifier.NationalId;
import dev.opencif.domain.kyc.KycProfile;
import dev.opencif.domain.onboarding.OnboardingProcess;
import dev.opencif.domain.onboarding.ProcessId;
import dev.opencif.domain.shared.DomainEvent;
import dev.opencif.domain.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The inter-API digital onboarding flow: start it from the identity registry's data (idempotent per
 * citizen), collect the customer's situation and addresses (and, when asked, the eKYC limit the bank's
 * {@link EkycLimitPolicyPort} grants for it), and complete it, making the contact customer a CANDIDATE. A process,
 * CIF and citizen that do not belong together are NOT_FOUND. A citizen's existing flow is returned, as the seed says,
 * to the client that started it, and to any caller who sends the flow customer's phone and e-mail; anyone else gets
 * the answer a stranger gets (NOT_FOUND for a lookup, DUPLICATE_IDENTIFIER NATIONAL_ID for a start), so the TCKN alone
 * never hands another client the CIF.
 */
public final class DigitalOnboardingService implements StartDigitalOnboardingUseCase, UpdateDigitalOnboardingUseCase,
        CompleteDigitalOnboardingUseCase {
    private final ServiceContext ctx;
    private final OpenCifPorts ports;
    private final EkycLimitPolicyPort limitPolicy;

    public DigitalOnboardingService(ServiceContext ctx, EkycLimitPolicyPort limitPolicy) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.ports = ctx.ports();
        this.limitPolicy = Objects.requireNonNull(limitPolicy, "limitPolicy");
    }

    @Override
    public OnboardingStatus start(StartDigitalOnboardingCommand command) {
        ctx.validate(command);
        NationalId citizen = command.citizen();
        if (command.lookupOnly()) {
            return existingFlow(command).orElseThrow(() -> new NotFoundException("OnboardingProcess", citizen.toString()));
        }
        CitizenRecord record = ports.identityRegistry().lookup(citizen)
                .orElseThrow(() -> new NotFoundException("Citizen", citizen.toString()));
        return ctx.inTransaction(() -> {
            // racing starts for one citizen take turns: the second finds the flow the first created
            ports.businessKeys().lock("citizen", citizen.kind() + ":" + citizen.country() + ":" + citizen.value());
            Optional<OnboardingStatus> existing = existingFlow(command);
            if (existing.isPresent()) {
                return existing.get();
            }
            return create(command, record);
        });
    }

    /**
     * The citizen's flow, if there is one, for a caller who sends the flow customer's phone and e-mail; for anyone
     * else a flow's existence is a DUPLICATE_IDENTIFIER NATIONAL_ID (a start) or NOT_FOUND (a lookup).
     */
    private Optional<OnboardingStatus> existingFlow(StartDigitalOnboardingCommand command) {
        Optional<OnboardingProcess> existing = ports.onboardingProcesses().findByCitizen(command.citizen());
        if (existing.isEmpty()) {
            return Optional.empty();
        }
        OnboardingProcess process = existing.get();
        Customer customer = customerOf(process);
        if (startedByCaller(process, command.origin()) || sameContact(customer, command)) {
            return Optional.of(status(process, customer, true));
        }
        if (command.lookupOnly()) {
            throw new NotFoundException("OnboardingProcess", command.citizen().toString());
        }
        throw new DuplicateIdentifierException("NATIONAL_ID");
    }

    private OnboardingStatus create(StartDigitalOnboardingCommand command, CitizenRecord record) {
        NationalId citizen = command.citizen();
        Instant now = ctx.now();
        Origin origin = command.origin();
        List<DomainEvent> events = new ArrayList<>();

        List<Address> addresses = record.registeredAddress() == null ? List.of()
                : List.of(as(record.registeredAddress(), AddressType.HOME, AddressId.random()));
        KycProfile kyc = KycProfile.none().withDeclarations(command.fatca(), command.usPerson(), false);
        CustomerRegistration registration = new CustomerRegistration(CustomerType.INDIVIDUAL, record.name(),
                record.birthDate(), CustomerStatus.PROSPECT, null, null, null, false, kyc,
                List.of(citizen, command.phone(), command.email()), null, addresses, null);
        Customer customer = Customer.register(CustomerId.random(), ports.customerNumbers().nextCustomerNumber(),
                registration, now);
        events.addAll(customer.pullEvents());
        Customer savedCustomer = ports.saveCustomer().save(customer);

        if (command.kvkkApproved()) {
            events.addAll(grant(customer.id(), AgreementType.KVKK, origin, now));
        }
        if (command.notificationOnUpdate()) {
            events.addAll(grant(customer.id(), AgreementType.MARKETING, origin, now));
        }

        OnboardingProcess process = OnboardingProcess.start(ports.onboardingProcesses().nextProcessId(), citizen,
                customer.id(), origin.channel(), origin.actor(), now);
        events.addAll(process.pullEvents());
        OnboardingProcess savedProcess = ports.onboardingProcesses().save(process);

        ctx.publish(events);
        ctx.logInteraction(origin, customer.id(), "create-digital-customer");
        return status(savedProcess, savedCustomer, false);
    }

    @Override
    public OnboardingStatus update(UpdateDigitalOnboardingCommand command) {
        ctx.validate(command);
        if (command.selectedAddress() == AddressType.CONTACT && command.contactAddress() == null) {
            throw ValidationException.of("contactAddress", "is required when selectedAddress is CONTACT");
        }
        return ctx.inTransaction(() -> {
            Instant now = ctx.now();
            OnboardingProcess process = requireProcess(command.processId());
            Customer customer = requireCustomer(process, command.customerNumber());
            if (!process.state().citizen().equals(command.citizen())) {
                throw notFound(command.processId());
            }
            process.informationUpdated(command.selectedAddress(), now);
            saveAddress(customer, command.homeAddress(), AddressType.HOME, now);
            saveAddress(customer, command.jobAddress(), AddressType.WORK, now);
            saveAddress(customer, command.contactAddress(), AddressType.CONTACT, now);
            customer.updateKyc(kyc -> kyc.withSituation(command.education(), command.employment(),
                    command.monthlyIncome(), command.homeStatus(), kyc.sourceOfWealth()), now);
            if (command.calculateLimit()) {
                Money limit = limitPolicy.limitFor(command.monthlyIncome(), command.employment());
                if (limit != null) {
                    customer.updateKyc(kyc -> kyc.withCalculatedLimit(limit), now);
                }
            }
            if (command.branch() != null) {
                customer.changeDetails(new CustomerChanges(null, null, null, Optional.of(command.branch()), null, null,
                        null, List.of()), now);
            }
            return save(command.origin(), customer, process, "update-digital-customer");
        });
    }

    @Override
    public OnboardingStatus complete(CompleteDigitalOnboardingCommand command) {
        ctx.validate(command);
        return ctx.inTransaction(() -> {
            Instant now = ctx.now();
            OnboardingProcess process = requireProcess(command.processId());
            Customer customer = requireCustomer(process, command.customerNumber());
            process.complete(command.courierSelected(), command.approvedAgent(), command.userCode(), now);
            List<Identifier> contacts = new ArrayList<>();
            if (command.email() != null) {
                contacts.add(command.email());
            }
            if (command.phone() != null) {
                contacts.add(command.phone());
            }
            if (!contacts.isEmpty()) {
                customer.changeDetails(CustomerChanges.none().withIdentifiers(contacts), now);
            }
            customer.changeStatus(CustomerStatus.CANDIDATE, now);
            return save(command.origin(), customer, process, "complete-digital-customer");
        });
    }

    private OnboardingStatus save(Origin origin, Customer customer, OnboardingProcess process, String operation) {
        List<DomainEvent> events = new ArrayList<>(customer.pullEvents());
        events.addAll(process.pullEvents());
        Customer savedCustomer = ports.saveCustomer().save(customer);
        OnboardingProcess savedProcess = ports.onboardingProcesses().save(process);
        ctx.publish(events);
        ctx.logInteraction(origin, customer.id(), operation);
        return status(savedProcess, savedCustomer, false);
    }

    private List<DomainEvent> grant(CustomerId customer, AgreementType type, Origin origin, Instant now) {
        AgreementTerms terms = new AgreementTerms(LocalDate.ofInstant(now, ZoneOffset.UTC), null,
                origin.channel().value(), null, null, null);
        Agreement agreement = Agreement.grant(AgreementId.random(), customer, type, terms, origin.channel(), now);
        List<DomainEvent> events = agreement.pullEvents();
        ports.agreements().save(agreement);
        return events;
    }

    /** Replaces the customer's address of {@code type}, or adds one when it has none. */
    private static void saveAddress(Customer customer, Address address, AddressType type, Instant now) {
        if (address == null) {
            return;
        }
        Optional<Address> current = customer.state().addresses().stream().filter(a -> a.type() == type).findFirst();
        if (current.isPresent()) {
            customer.updateAddress(as(address, type, current.get().id()), now);
        } else {
            AddressId id = customer.findAddress(address.id()).isPresent() ? AddressId.random() : address.id();
            customer.addAddress(as(address, type, id), now);
        }
    }

    private static Address as(Address a, AddressType type, AddressId id) {
        return new Address(id, type, a.country(), a.city(), a.district(), a.town(), a.streetName(), a.streetNo(),
                a.building(), a.floor(), a.apartment(), a.postalCode(), a.detail(), a.registryCodes());
    }

    private OnboardingProcess requireProcess(ProcessId id) {
        return ports.onboardingProcesses().findById(id).orElseThrow(() -> notFound(id));
    }

    /** The customer of the process, when its CIF is {@code number}; otherwise the process is NOT_FOUND (no leak). */
    private Customer requireCustomer(OnboardingProcess process, CustomerNumber number) {
        return ports.loadCustomer().findById(process.state().customerId())
                .filter(c -> c.number().equals(number))
                .orElseThrow(() -> notFound(process.id()));
    }

    private Customer customerOf(OnboardingProcess process) {
        return ports.loadCustomer().findById(process.state().customerId())
                .orElseThrow(() -> new NotFoundException("Customer", process.state().customerId().toString()));
    }

    /** Whether the authenticated client asking is the one that started the flow. */
    private static boolean startedByCaller(OnboardingProcess process, Origin origin) {
        return origin.actor() != null && origin.actor().equals(process.state().startedBy());
    }

    /**
     * Whether the caller knows the flow customer's primary phone and e-mail: only then is the existing flow
     * (its process id and CIF) handed out, as knowing the national id alone must not be enough.
     */
    private static boolean sameContact(Customer customer, StartDigitalOnboardingCommand command) {
        return customer.phone().filter(command.phone()::equals).isPresent()
                && customer.email().filter(e -> e.uniqueKey().equals(command.email().uniqueKey())).isPresent();
    }

    private static NotFoundException notFound(ProcessId id) {
        return new NotFoundException("OnboardingProcess", id.toString());
    }

    private static OnboardingStatus status(OnboardingProcess process, Customer customer, boolean existing) {
        return new OnboardingStatus(process.id(), customer.id(), customer.number(), process.onboardingState(), existing,
                customer.state().kyc().accountLimit());
    }
}
