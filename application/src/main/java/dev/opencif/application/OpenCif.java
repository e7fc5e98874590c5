package dev.opencif.application;

import dev.opencif.application.port.in.account.HoldNiceNumberUseCase;
import dev.opencif.application.port.in.account.ListAccountsUseCase;
import dev.opencif.application.port.in.account.OpenAccountUseCase;
import dev.opencif.application.port.in.account.OpenNiceAccountUseCase;
import dev.opencif.application.port.in.account.ReleaseNiceNumberHoldUseCase;
import dev.opencif.application.port.in.account.SearchNiceNumbersUseCase;
import dev.opencif.application.port.in.agreement.SaveAgreementUseCase;
import dev.opencif.application.port.in.agreement.UpdateConsentUseCase;
import dev.opencif.application.port.in.banking.CloseBankingUserUseCase;
import dev.opencif.application.port.in.banking.GetBankingUserUseCase;
import dev.opencif.application.port.in.banking.OpenEkycAccountComboUseCase;
import dev.opencif.application.port.in.banking.UpdateBankingUserStatusUseCase;
import dev.opencif.application.port.in.customer.AddAddressUseCase;
import dev.opencif.application.port.in.customer.AddContactDetailUseCase;
import dev.opencif.application.port.in.customer.BlacklistCustomerUseCase;
import dev.opencif.application.port.in.customer.CheckEkycStatusUseCase;
import dev.opencif.application.port.in.customer.CheckIdentifierAvailabilityUseCase;
import dev.opencif.application.port.in.customer.GetCustomerUseCase;
import dev.opencif.application.port.in.customer.GetKycRecordUseCase;
import dev.opencif.application.port.in.customer.GetPersonUseCase;
import dev.opencif.application.port.in.customer.LiftBlacklistUseCase;
import dev.opencif.application.port.in.customer.ListAddressesUseCase;
import dev.opencif.application.port.in.customer.ListContactDetailsUseCase;
import dev.opencif.application.port.in.customer.ListPersonsUseCase;
import dev.opencif.application.port.in.customer.OnboardCustomerUseCase;
import dev.opencif.application.port.in.customer.SaveRepresentativeUseCase;
import dev.opencif.application.port.in.customer.SearchCustomersUseCase;
import dev.opencif.application.port.in.customer.UpdateAddressUseCase;
import dev.opencif.application.port.in.customer.UpdateCustomerUseCase;
import dev.opencif.application.port.in.customer.UpdateEkycLimitUseCase;
import dev.opencif.application.port.in.onboarding.CompleteDigitalOnboardingUseCase;
import dev.opencif.application.port.in.onboarding.StartDigitalOnboardingUseCase;
import dev.opencif.application.port.in.onboarding.UpdateDigitalOnboardingUseCase;
import dev.opencif.application.port.in.product.BookLedgerPostingUseCase;
import dev.opencif.application.port.in.product.BookTransactionUseCase;
import dev.opencif.application.port.in.product.SaveProductApplicationUseCase;
import dev.opencif.application.port.in.system.AuthenticateClientUseCase;
import dev.opencif.application.port.in.system.CheckHealthUseCase;
import dev.opencif.application.port.in.view.GetClientLifecycleUseCase;
import dev.opencif.application.port.in.view.GetCustomerFlagsUseCase;
import dev.opencif.application.port.in.view.GetCustomerHeaderUseCase;
import dev.opencif.application.port.in.view.GetCustomerPictureUseCase;
import dev.opencif.application.port.in.view.GetPendingActivitiesUseCase;
import dev.opencif.application.port.in.view.GetProductPortfolioUseCase;
import dev.opencif.application.port.in.view.GetProductSuggestionsUseCase;
import dev.opencif.application.port.in.view.GetProfileCompletionUseCase;
import dev.opencif.application.port.in.view.GetProfitabilityUseCase;
import dev.opencif.application.port.in.view.GetRecentInteractionsUseCase;
import dev.opencif.application.port.in.view.GetRevenuesUseCase;
import dev.opencif.application.port.in.view.GetTransactionValuesUseCase;
import dev.opencif.application.port.out.EkycLimitPolicyPort;
import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.application.service.AccountService;
import dev.opencif.application.service.BankingUserService;
import dev.opencif.application.service.BlacklistService;
import dev.opencif.application.service.CommandValidator;
import dev.opencif.application.service.ConsentService;
import dev.opencif.application.service.CustomerDataService;
import dev.opencif.application.service.CustomerOnboardingService;
import dev.opencif.application.service.CustomerService;
import dev.opencif.application.service.CustomerViewService;
import dev.opencif.application.service.IncomeMultipleLimitPolicy;
import dev.opencif.application.service.DigitalOnboardingService;
import dev.opencif.application.service.EkycComboService;
import dev.opencif.application.service.NiceNumberService;
import dev.opencif.application.service.ProductApplicationService;
import dev.opencif.application.service.ServiceContext;
import dev.opencif.application.service.SystemService;
import dev.opencif.application.service.TransactionBookingService;
import dev.opencif.application.port.in.idempotency.ExecuteIdempotentlyUseCase;
import dev.opencif.application.port.in.idempotency.PurgeIdempotencyRecordsUseCase;
import dev.opencif.application.service.IdempotencyService;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Duration;
import java.util.Objects;

/**
 * The embedding facade: give it the outbound adapters ({@link OpenCifPorts}) and it returns every use
 * case, wired to the application services. A host JVM service embeds OpenCIF in a few lines:
 * <pre>{@code
 * OpenCif opencif = OpenCif.builder().ports(ports).build();
 * opencif.onboardCustomer().onboard(command);
 * }</pre>
 * Thread-safe: services hold no per-request state.
 */
public final class OpenCif {
    private final CustomerOnboardingService customerOnboardingService;
    private final CustomerService customerService;
    private final BlacklistService blacklistService;
    private final CustomerDataService customerDataService;
    private final ConsentService consentService;
    private final SystemService systemService;
    private final AccountService accountService;
    private final NiceNumberService niceNumberService;
    private final BankingUserService bankingUserService;
    private final EkycComboService ekycComboService;
    private final DigitalOnboardingService digitalOnboardingService;
    private final ProductApplicationService productApplicationService;
    private final TransactionBookingService transactionBookingService;
    private final CustomerViewService customerViewService;
    private final IdempotencyService idempotencyService;

    private OpenCif(ServiceContext context, Duration idempotencyRetention, EkycLimitPolicyPort limitPolicy) {
        this.customerOnboardingService = new CustomerOnboardingService(context);
        this.customerService = new CustomerService(context);
        this.blacklistService = new BlacklistService(context);
        this.customerDataService = new CustomerDataService(context);
        this.consentService = new ConsentService(context);
        this.systemService = new SystemService(context);
        this.accountService = new AccountService(context);
        this.niceNumberService = new NiceNumberService(context);
        this.bankingUserService = new BankingUserService(context);
        this.ekycComboService = new EkycComboService(context);
        this.digitalOnboardingService = new DigitalOnboardingService(context, limitPolicy);
        this.productApplicationService = new ProductApplicationService(context);
        this.transactionBookingService = new TransactionBookingService(context);
        this.customerViewService = new CustomerViewService(context);
        this.idempotencyService = new IdempotencyService(context, idempotencyRetention);
    }

    public static Builder builder() {
        return new Builder();
    }

    public OnboardCustomerUseCase onboardCustomer() {
        return customerOnboardingService;
    }

    public UpdateCustomerUseCase updateCustomer() {
        return customerService;
    }

    public GetCustomerUseCase getCustomer() {
        return customerService;
    }

    public SearchCustomersUseCase searchCustomers() {
        return customerService;
    }

    public GetKycRecordUseCase getKycRecord() {
        return customerService;
    }

    public CheckIdentifierAvailabilityUseCase checkIdentifierAvailability() {
        return customerService;
    }

    public CheckEkycStatusUseCase checkEkycStatus() {
        return customerService;
    }

    public UpdateEkycLimitUseCase updateEkycLimit() {
        return customerService;
    }

    public BlacklistCustomerUseCase blacklistCustomer() {
        return blacklistService;
    }

    public LiftBlacklistUseCase liftBlacklist() {
        return blacklistService;
    }

    public AddAddressUseCase addAddress() {
        return customerDataService;
    }

    public UpdateAddressUseCase updateAddress() {
        return customerDataService;
    }

    public ListAddressesUseCase listAddresses() {
        return customerDataService;
    }

    public AddContactDetailUseCase addContactDetail() {
        return customerDataService;
    }

    public ListContactDetailsUseCase listContactDetails() {
        return customerDataService;
    }

    public ListPersonsUseCase listPersons() {
        return customerDataService;
    }

    public GetPersonUseCase getPerson() {
        return customerDataService;
    }

    public SaveRepresentativeUseCase saveRepresentative() {
        return customerDataService;
    }

    public UpdateConsentUseCase updateConsent() {
        return consentService;
    }

    public SaveAgreementUseCase saveAgreement() {
        return consentService;
    }

    public ExecuteIdempotentlyUseCase executeIdempotently() {
        return idempotencyService;
    }

    public PurgeIdempotencyRecordsUseCase purgeIdempotencyRecords() {
        return idempotencyService;
    }

    public CheckHealthUseCase checkHealth() {
        return systemService;
    }

    public AuthenticateClientUseCase authenticateClient() {
        return systemService;
    }

    public OpenAccountUseCase openAccount() {
        return accountService;
    }

    public ListAccountsUseCase listAccounts() {
        return accountService;
    }

    public SearchNiceNumbersUseCase searchNiceNumbers() {
        return niceNumberService;
    }

    public HoldNiceNumberUseCase holdNiceNumber() {
        return niceNumberService;
    }

    public ReleaseNiceNumberHoldUseCase releaseNiceNumberHold() {
        return niceNumberService;
    }

    public OpenNiceAccountUseCase openNiceAccount() {
        return niceNumberService;
    }

    public CloseBankingUserUseCase closeBankingUser() {
        return bankingUserService;
    }

    public UpdateBankingUserStatusUseCase updateBankingUserStatus() {
        return bankingUserService;
    }

    public GetBankingUserUseCase getBankingUser() {
        return bankingUserService;
    }

    public OpenEkycAccountComboUseCase openEkycAccountCombo() {
        return ekycComboService;
    }

    public StartDigitalOnboardingUseCase startDigitalOnboarding() {
        return digitalOnboardingService;
    }

    public UpdateDigitalOnboardingUseCase updateDigitalOnboarding() {
        return digitalOnboardingService;
    }

    public CompleteDigitalOnboardingUseCase completeDigitalOnboarding() {
        return digitalOnboardingService;
    }

    public SaveProductApplicationUseCase saveProductApplication() {
        return productApplicationService;
    }

    public BookTransactionUseCase bookTransaction() {
        return transactionBookingService;
    }

    public BookLedgerPostingUseCase bookLedgerPosting() {
        return transactionBookingService;
    }

    public GetClientLifecycleUseCase getClientLifecycle() {
        return customerViewService.clientLifecycle();
    }

    public GetCustomerFlagsUseCase getCustomerFlags() {
        return customerViewService.customerFlags();
    }

    public GetCustomerHeaderUseCase getCustomerHeader() {
        return customerViewService.customerHeader();
    }

    public GetCustomerPictureUseCase getCustomerPicture() {
        return customerViewService.customerPicture();
    }

    public GetPendingActivitiesUseCase getPendingActivities() {
        return customerViewService.pendingActivities();
    }

    public GetProductPortfolioUseCase getProductPortfolio() {
        return customerViewService.productPortfolio();
    }

    public GetProductSuggestionsUseCase getProductSuggestions() {
        return customerViewService.productSuggestions();
    }

    public GetProfileCompletionUseCase getProfileCompletion() {
        return customerViewService.profileCompletion();
    }

    public GetProfitabilityUseCase getProfitability() {
        return customerViewService.profitability();
    }

    public GetRecentInteractionsUseCase getRecentInteractions() {
        return customerViewService.recentInteractions();
    }

    public GetRevenuesUseCase getRevenues() {
        return customerViewService.revenues();
    }

    public GetTransactionValuesUseCase getTransactionValues() {
        return customerViewService.transactionValues();
    }

    /** Builds an {@link OpenCif}; {@link #ports} is required, a Bean Validation {@link Validator} optional. */
    public static final class Builder {
        private OpenCifPorts ports;
        private Validator validator;
        private Duration idempotencyRetention = IdempotencyService.DEFAULT_RETENTION;
        private EkycLimitPolicyPort limitPolicy = IncomeMultipleLimitPolicy.DEFAULT;

        private Builder() {
        }

        public Builder ports(OpenCifPorts ports) {
            this.ports = Objects.requireNonNull(ports, "ports");
            return this;
        }

        /** The validator for commands; by default the one of the Bean Validation provider on the class path. */
        public Builder validator(Validator validator) {
            this.validator = Objects.requireNonNull(validator, "validator");
            return this;
        }

        /** How long idempotent writes keep their answers (default 24 h); after that a retry runs again. */
        public Builder idempotencyRetention(Duration retention) {
            this.idempotencyRetention = Objects.requireNonNull(retention, "retention");
            return this;
        }

        /** The bank's eKYC limit rule (inter-API {@code CalculateLimit}); by default {@link IncomeMultipleLimitPolicy#DEFAULT}. */
        public Builder ekycLimitPolicy(EkycLimitPolicyPort policy) {
            this.limitPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        public OpenCif build() {
            Objects.requireNonNull(ports, "ports");
            Validator effective = validator != null ? validator : DefaultValidator.INSTANCE;
            return new OpenCif(new ServiceContext(ports, new CommandValidator(effective)), idempotencyRetention, limitPolicy);
        }
    }

    /** The default validator, built once: building a factory is expensive. */
    private static final class DefaultValidator {
        private static final Validator INSTANCE;

        static {
            ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
            INSTANCE = factory.getValidator();
        }
    }
}
