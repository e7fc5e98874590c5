package dev.opencif.application.service;

import dev.opencif.application.port.in.customer.CheckEkycStatusQuery;
import dev.opencif.application.port.in.customer.CheckEkycStatusUseCase;
import dev.opencif.application.port.in.customer.CheckIdentifierAvailabilityUseCase;
import dev.opencif.application.port.in.customer.CheckIdentifierQuery;
import dev.opencif.application.port.in.customer.EkycStatus;
import dev.opencif.application.port.in.customer.GetCustomerQuery;
import dev.opencif.application.port.in.customer.GetCustomerUseCase;
import dev.opencif.application.port.in.customer.GetKycRecordQuery;
import dev.opencif.application.port.in.customer.GetKycRecordUseCase;
import dev.opencif.application.port.in.customer.IdentifierAvailability;
import dev.opencif.application.port.in.customer.KycRecord;
import dev.opencif.application.port.in.customer.SearchCustomersQuery;
import dev.opencif.application.port.in.customer.SearchCustomersUseCase;
import dev.opencif.application.port.in.customer.UpdateCustomerCommand;
import dev.opencif.application.port.in.customer.UpdateCustomerUseCase;
import dev.opencif.application.port.in.customer.UpdateEkycLimitCommand;
import dev.opencif.application.port.in.customer.UpdateEkycLimitUseCase;
import dev.opencif.application.shared.CustomerFilter;
import dev.opencif.application.shared.Page;
import dev.opencif.application.shared.Viewer;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.customer.CustomerState;
import dev.opencif.domain.error.ConflictException;
import dev.opencif.domain.identifier.BankingUsername;
import dev.opencif.domain.identifier.Identifier;
import dev.opencif.domain.kyc.KycLevel;
import dev.opencif.domain.kyc.KycMethod;
import dev.opencif.domain.kyc.KycProfile;
import dev.opencif.domain.shared.DomainEvent;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads and changes one customer record: details, status, KYC level and eKYC limit, search within the
 * viewer's scope, and identifier availability checks that never name the holder.
 */
public final class CustomerService implements UpdateCustomerUseCase, GetCustomerUseCase, SearchCustomersUseCase,
        GetKycRecordUseCase, CheckIdentifierAvailabilityUseCase, CheckEkycStatusUseCase, UpdateEkycLimitUseCase {
    private final ServiceContext ctx;

    public CustomerService(ServiceContext ctx) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
    }

    @Override
    public CustomerState update(UpdateCustomerCommand command) {
        ctx.validate(command);
        return ctx.inTransaction(() -> {
            Customer customer = ctx.customers().require(command.customer(), command.viewer());
            if (command.expectedVersion() != null && command.expectedVersion() != customer.version()) {
                throw new ConflictException("Customer", customer.id().toString(), command.expectedVersion());
            }
            Instant now = ctx.now();
            customer.changeDetails(command.changes(), now);
            if (command.status() != null) {
                customer.changeStatus(command.status(), now);
            }
            KycLevel level = command.kycLevel();
            if (level != null && level != customer.state().kyc().level()) {
                customer.updateKyc(k -> k.verifiedAs(level, methodFor(k, level), now), now);
            }
            if (command.kycRisk() != null && !command.kycRisk().isEmpty()) {
                customer.updateKyc(command.kycRisk()::applyTo, now);
            }
            CustomerState saved = save(customer);
            ctx.logInteraction(command.origin(), saved.id(), "update-customer");
            return saved;
        });
    }

    @Override
    public CustomerState get(GetCustomerQuery query) {
        ctx.validate(query);
        return ctx.customers().require(query.customer(), query.viewer()).state();
    }

    @Override
    public Page<CustomerState> search(SearchCustomersQuery query) {
        ctx.validate(query);
        return ctx.ports().searchCustomers().search(scoped(query.filter(), query.viewer()), query.ordering(), query.page());
    }

    @Override
    public KycRecord get(GetKycRecordQuery query) {
        ctx.validate(query);
        CustomerState customer = ctx.customers().require(query.customer(), query.viewer()).state();
        return new KycRecord(customer.id(), customer.number(), customer.name(), customer.kyc(), customer.blacklisting() != null);
    }

    @Override
    public IdentifierAvailability check(CheckIdentifierQuery query) {
        ctx.validate(query);
        Identifier identifier = query.identifier();
        boolean inUse = identifier instanceof BankingUsername username
                ? ctx.ports().loadBankingUser().findByUsername(username).isPresent()
                : ctx.ports().loadCustomer().findByIdentifier(identifier, query.counterparty()).isPresent();
        return new IdentifierAvailability(identifier.type(), inUse);
    }

    @Override
    public EkycStatus check(CheckEkycStatusQuery query) {
        ctx.validate(query);
        Optional<Customer> customer = ctx.customers().find(query.customer());
        if (customer.isEmpty()) {
            return new EkycStatus(false, false, null, null);
        }
        KycProfile kyc = customer.get().state().kyc();
        boolean completed = kyc.level().isAtLeast(KycLevel.EKYC) && kyc.verifiedAt() != null;
        return new EkycStatus(true, completed, kyc.level(), kyc.verifiedAt());
    }

    @Override
    public CustomerState update(UpdateEkycLimitCommand command) {
        ctx.validate(command);
        return ctx.inTransaction(() -> {
            Customer customer = ctx.customers().require(command.customer());
            customer.updateKyc(k -> k.withAccountLimit(command.limit()), ctx.now());
            CustomerState saved = save(customer);
            ctx.logInteraction(command.origin(), saved.id(), "update-ekyc-limit");
            return saved;
        });
    }

    private CustomerState save(Customer customer) {
        List<DomainEvent> events = customer.pullEvents();
        CustomerState saved = ctx.ports().saveCustomer().save(customer).state();
        ctx.publish(events);
        return saved;
    }

    private CustomerFilter scoped(CustomerFilter filter, Viewer viewer) {
        return switch (viewer.kind()) {
            case BANK -> filter;
            case COUNTERPARTY -> filter.withCounterparty(viewer.counterparty());
            case SERVICE_USER -> filter.withConsent(ctx.customers().consent(viewer));
        };
    }

    /** Keeps how the customer was verified; a first verification is eKYC at level EKYC and in branch above it. */
    private static KycMethod methodFor(KycProfile current, KycLevel level) {
        if (current.method() != KycMethod.NONE) {
            return current.method();
        }
        return level == KycLevel.EKYC ? KycMethod.EKYC : KycMethod.IN_BRANCH;
    }
}
