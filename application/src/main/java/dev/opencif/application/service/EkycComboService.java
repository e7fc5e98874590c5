package dev.opencif.application.service;

import dev.opencif.application.port.in.banking.EkycComboResult;
import dev.opencif.application.port.in.banking.OpenEkycAccountComboUseCase;
import dev.opencif.application.port.in.banking.OpenEkycComboCommand;
import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.domain.account.Account;
import dev.opencif.domain.account.AccountId;
import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.account.ProductType;
import dev.opencif.domain.banking.BankingUserId;
import dev.opencif.domain.banking.OnlineBankingUser;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.CustomerRegistration;
import dev.opencif.domain.customer.CustomerState;
import dev.opencif.domain.customer.CustomerStatus;
import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.identifier.BankingUsername;
import dev.opencif.domain.identifier.NationalId;
import dev.opencif.domain.identifier.PhoneNumber;
import dev.opencif.domain.kyc.KycLevel;
import dev.opencif.domain.shared.DomainEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The eKYC combo: a customer verified by eKYC gets a CIF, a payment account and an internet banking
 * user in one unit of work, so a failure in any step (e.g. a taken username) leaves nothing behind. A retry for the
 * same person (national id, phone numbers, username) answers the combo opened the first time, so a client whose
 * first call timed out learns its CIF; requests for one national id take turns ({@code BusinessKeyLockPort}).
 */
public final class EkycComboService implements OpenEkycAccountComboUseCase {
    private final ServiceContext ctx;
    private final OpenCifPorts ports;

    public EkycComboService(ServiceContext ctx) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.ports = ctx.ports();
    }

    @Override
    public EkycComboResult open(OpenEkycComboCommand command) {
        ctx.validate(command);
        CustomerRegistration registration = command.registration();
        if (registration.kyc().level() != KycLevel.EKYC) {
            throw ValidationException.of("registration.kyc.level", "must be EKYC for the eKYC combo, not " + registration.kyc().level());
        }
        if (registration.status() != CustomerStatus.ACTIVE) {
            throw ValidationException.of("registration.status", "must be ACTIVE for the eKYC combo, not " + registration.status());
        }
        return ctx.inTransaction(() -> {
            Optional<NationalId> nationalId = registration.identifiers().stream().filter(NationalId.class::isInstance)
                    .map(NationalId.class::cast).findFirst();
            if (nationalId.isPresent()) {
                ports.businessKeys().lock("national-id", nationalId.get().kind() + ":" + nationalId.get().country() + ":"
                        + nationalId.get().value());
                Optional<EkycComboResult> existing = existingCombo(nationalId.get(), registration, command.username());
                if (existing.isPresent()) {
                    return existing.get();
                }
            }
            Instant now = ctx.now();
            List<DomainEvent> events = new ArrayList<>();

            Customer customer = Customer.register(CustomerId.random(), ports.customerNumbers().nextCustomerNumber(),
                    registration, now);
            events.addAll(customer.pullEvents());
            Customer savedCustomer = ports.saveCustomer().save(customer);

            AccountNumber number = ports.accountNumbers().nextAccountNumber();
            Account account = Account.open(AccountId.random(), number, ports.ibans().ibanFor(number), savedCustomer,
                    ProductType.EKYC_PAYMENT_ACCOUNT, command.accountAsset(), now);
            events.addAll(account.pullEvents());
            Account savedAccount = ports.saveAccount().save(account);

            OnlineBankingUser user = OnlineBankingUser.create(BankingUserId.random(), savedCustomer, command.username(), now);
            events.addAll(user.pullEvents());
            OnlineBankingUser savedUser = ports.saveBankingUser().save(user);

            ctx.publish(events);
            ctx.logInteraction(command.origin(), savedCustomer.id(), "create-ekyc-account");
            return new EkycComboResult(savedCustomer.state(), savedAccount.state(), savedUser.state());
        });
    }

    /**
     * The combo opened earlier for the same person, when this request is a retry of it: the same national id, every
     * phone number of the registration, the same username, an eKYC payment account. Anything else is not a retry and
     * goes on to the duplicate checks of a new combo.
     */
    private Optional<EkycComboResult> existingCombo(NationalId nationalId, CustomerRegistration registration, BankingUsername username) {
        Optional<Customer> customer = ports.loadCustomer().findByIdentifier(nationalId, null);
        if (customer.isEmpty()) {
            return Optional.empty();
        }
        CustomerState state = customer.get().state();
        boolean samePhones = registration.identifiers().stream().filter(PhoneNumber.class::isInstance)
                .allMatch(state.identifiers()::contains);
        Optional<OnlineBankingUser> user = ports.loadBankingUser().findByUsername(username)
                .filter(u -> u.state().customerId().equals(state.id()));
        Optional<Account> account = ports.loadAccount().findByCustomer(state.id()).stream()
                .filter(a -> a.state().product() == ProductType.EKYC_PAYMENT_ACCOUNT).findFirst();
        if (!samePhones || user.isEmpty() || account.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EkycComboResult(state, account.get().state(), user.get().state()));
    }
}
