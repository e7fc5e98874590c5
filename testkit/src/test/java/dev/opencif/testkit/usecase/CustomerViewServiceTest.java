package dev.opencif.testkit.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.opencif.application.port.in.view.ClientLifecycle;
import dev.opencif.application.shared.CurrencyAmounts;
import dev.opencif.application.port.in.view.CustomerFlag;
import dev.opencif.application.port.in.view.CustomerHeader;
import dev.opencif.application.port.in.view.CustomerPicture;
import dev.opencif.application.port.in.view.CustomerViewQuery;
import dev.opencif.application.port.in.view.LifecycleEntry;
import dev.opencif.application.port.in.view.LifecycleQuery;
import dev.opencif.application.port.in.view.PendingActivity;
import dev.opencif.application.port.in.view.ProductPortfolio;
import dev.opencif.application.port.in.view.ProductSuggestion;
import dev.opencif.application.port.in.view.ProfileCompletion;
import dev.opencif.application.port.in.view.Profitability;
import dev.opencif.application.port.in.view.ProfitabilityQuery;
import dev.opencif.application.port.in.view.RecentInteractionsQuery;
import dev.opencif.application.shared.RevenueLine;
import dev.opencif.application.port.in.view.Revenues;
import dev.opencif.application.port.in.view.RevenuesQuery;
import dev.opencif.application.shared.TransactionValue;
import dev.opencif.application.port.in.view.TransactionValuesQuery;
import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.application.service.CustomerViewService;
import dev.opencif.application.shared.CustomerRef;
import dev.opencif.domain.account.Account;
import dev.opencif.domain.account.AccountId;
import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.account.Asset;
import dev.opencif.domain.account.ProductType;
import dev.opencif.domain.agreement.Agreement;
import dev.opencif.domain.agreement.AgreementId;
import dev.opencif.domain.agreement.AgreementTerms;
import dev.opencif.domain.agreement.AgreementType;
import dev.opencif.domain.banking.BankingUserId;
import dev.opencif.domain.banking.OnlineBankingUser;
import dev.opencif.domain.customer.Address;
import dev.opencif.domain.customer.AddressId;
import dev.opencif.domain.customer.AddressType;
import dev.opencif.domain.customer.BranchRef;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.customer.CustomerChanges;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.CustomerRegistration;
import dev.opencif.domain.customer.CustomerStatus;
import dev.opencif.domain.customer.CustomerType;
import dev.opencif.domain.customer.PersonName;
import dev.opencif.domain.customer.Segment;
import dev.opencif.domain.error.FieldError;
import dev.opencif.domain.error.NotFoundException;
import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.identifier.BankingUsername;
import dev.opencif.domain.identifier.EmailAddress;
import dev.opencif.domain.identifier.Identifier;
import dev.opencif.domain.identifier.NationalId;
import dev.opencif.domain.identifier.PhoneNumber;
import dev.opencif.domain.interaction.Interaction;
import dev.opencif.domain.interaction.InteractionId;
import dev.opencif.domain.interaction.Outcome;
import dev.opencif.domain.kyc.CodedValue;
import dev.opencif.domain.kyc.Employment;
import dev.opencif.domain.kyc.KycLevel;
import dev.opencif.domain.kyc.KycMethod;
import dev.opencif.domain.kyc.KycProfile;
import dev.opencif.domain.kyc.RiskClass;
import dev.opencif.domain.nicenumber.NiceNumberHold;
import dev.opencif.domain.onboarding.OnboardingProcess;
import dev.opencif.domain.product.ApplicationId;
import dev.opencif.domain.product.ApplicationStatus;
import dev.opencif.domain.product.ProductApplication;
import dev.opencif.domain.shared.Channel;
import dev.opencif.domain.shared.CountryCode;
import dev.opencif.domain.shared.Money;
import dev.opencif.domain.transaction.Direction;
import dev.opencif.domain.transaction.Scope;
import dev.opencif.domain.transaction.Transaction;
import dev.opencif.domain.transaction.TransactionId;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The twelve customer-360 widgets, computed from data stored directly through the in-memory ports. */
class CustomerViewServiceTest {
    private static final Asset EUR = Asset.currency("EUR", 2);

    private final UseCaseFixture fixture = UseCaseFixture.create();
    private final OpenCifPorts ports = fixture.ports();
    private final CustomerViewService service = new CustomerViewService(fixture.context());
    private int sequence;

    // ---- general ----------------------------------------------------------------------------------

    @Test
    void every_widget_of_an_unknown_customer_is_not_found() {
        CustomerRef unknown = CustomerRef.id(CustomerId.random());
        CustomerViewQuery query = new CustomerViewQuery(unknown);
        Instant now = now();
        List<ThrowingCallable> calls = List.of(
                () -> service.clientLifecycle().get(new LifecycleQuery(unknown)),
                () -> service.customerFlags().get(query),
                () -> service.customerHeader().get(query),
                () -> service.customerPicture().get(query),
                () -> service.pendingActivities().get(query),
                () -> service.productPortfolio().get(query),
                () -> service.productSuggestions().get(query),
                () -> service.profileCompletion().get(query),
                () -> service.profitability().get(new ProfitabilityQuery(unknown, "ALL", null, null)),
                () -> service.recentInteractions().get(new RecentInteractionsQuery(unknown, now.minusSeconds(60), now, null)),
                () -> service.revenues().get(new RevenuesQuery(unknown, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))),
                () -> service.transactionValues().get(new TransactionValuesQuery(unknown, now.minusSeconds(60), now, null, null, null, null)));
        for (ThrowingCallable call : calls) {
            assertThatThrownBy(call).isInstanceOf(NotFoundException.class).hasMessageContaining(unknown.describe());
        }
    }

    @Test
    void a_query_without_a_customer_is_rejected_naming_the_field() {
        assertThat(fieldsOf(() -> service.customerHeader().get(new CustomerViewQuery(null)))).containsExactly("customer");
        assertThat(fieldsOf(() -> service.customerFlags().get(new CustomerViewQuery(null)))).containsExactly("customer");
        assertThat(fieldsOf(() -> service.profitability().get(new ProfitabilityQuery(null, " ", null, null))))
                .containsExactly("customer", "indicator");
        assertThat(fieldsOf(() -> service.revenues().get(new RevenuesQuery(ref(register()), null, LocalDate.of(2025, 1, 1)))))
                .containsExactly("startDate");
        assertThat(fieldsOf(() -> service.recentInteractions().get(new RecentInteractionsQuery(ref(register()), null, now(), null))))
                .containsExactly("from");
        assertThat(fieldsOf(() -> service.transactionValues().get(new TransactionValuesQuery(ref(register()), now(), null, null, null, null, null))))
                .containsExactly("to");
    }

    @Test
    void a_customer_is_found_by_cif_and_by_national_id() {
        Customer ann = register();

        assertThat(service.customerHeader().get(new CustomerViewQuery(CustomerRef.number(ann.number()))).customerId())
                .isEqualTo(ann.id());
        assertThat(service.customerHeader().get(new CustomerViewQuery(CustomerRef.identifier(ann.nationalIds().get(0)))).customerId())
                .isEqualTo(ann.id());
    }

    // ---- lifecycle --------------------------------------------------------------------------------

    @Nested
    class Lifecycle {

        @Test
        void lists_the_customer_history_oldest_first() {
            Instant t0 = now();
            Customer ann = register(ekyc(), CustomerStatus.ACTIVE);
            later(Duration.ofHours(1));
            OnboardingProcess process = ports.onboardingProcesses().save(OnboardingProcess.start(
                    ports.onboardingProcesses().nextProcessId(), ann.nationalIds().get(0), ann.id(), Channel.INTERAPI, null, now()));
            later(Duration.ofHours(1));
            process.informationUpdated(AddressType.HOME, now());
            process.complete(false, false, null, now());
            ports.onboardingProcesses().save(process);
            later(Duration.ofHours(1));
            Account account = openAccount(ann, ProductType.EKYC_PAYMENT_ACCOUNT, "1000000001");
            later(Duration.ofHours(1));
            Agreement consent = grant(ann, AgreementType.DATA_PROTECTION, today(), null);
            later(Duration.ofHours(1));
            account.close(now());
            ports.saveAccount().save(account);
            later(Duration.ofHours(1));
            consent.revoke(Channel.ESB, now());
            ports.agreements().save(consent);
            later(Duration.ofHours(1));
            application(ann, "APP-1", ApplicationStatus.SUBMITTED);
            later(Duration.ofHours(1));
            bankingUser(ann, "ann.lee", false);
            later(Duration.ofHours(1));
            ann.blacklist("card fraud", now());
            ports.saveCustomer().save(ann);
            Customer other = register(ekyc(), CustomerStatus.ACTIVE);
            openAccount(other, ProductType.CURRENT_ACCOUNT, "1000000099");

            ClientLifecycle lifecycle = service.clientLifecycle().get(new LifecycleQuery(ref(ann)));

            assertThat(lifecycle.entries()).extracting(LifecycleEntry::event, LifecycleEntry::at).containsExactly(
                    tuple("ONBOARDED", t0),
                    tuple("ONBOARDING_STARTED", t0.plus(Duration.ofHours(1))),
                    tuple("ONBOARDING_COMPLETED", t0.plus(Duration.ofHours(2))),
                    tuple("ACCOUNT_OPENED", t0.plus(Duration.ofHours(3))),
                    tuple("AGREEMENT_GRANTED", t0.plus(Duration.ofHours(4))),
                    tuple("ACCOUNT_CLOSED", t0.plus(Duration.ofHours(5))),
                    tuple("AGREEMENT_REVOKED", t0.plus(Duration.ofHours(6))),
                    tuple("APPLICATION_CREATED", t0.plus(Duration.ofHours(7))),
                    tuple("BANKING_USER_CREATED", t0.plus(Duration.ofHours(8))),
                    tuple("BLACKLISTED", t0.plus(Duration.ofHours(9))));
            assertThat(lifecycle.entries()).extracting(LifecycleEntry::detail).containsExactly(
                    "CIF " + ann.number(), "process " + process.id() + " via INTERAPI", "process " + process.id(),
                    "1000000001 EKYC_PAYMENT_ACCOUNT", "DATA_PROTECTION via CALLACTION", "1000000001 EKYC_PAYMENT_ACCOUNT",
                    "DATA_PROTECTION via ESB", "Personal loan (LOAN, APP-1)", "ann.lee", "card fraud");
            assertThat(lifecycle.stageCounts()).isEmpty();
        }

        @Test
        void a_new_customer_has_only_its_onboarding() {
            Customer ann = register();

            assertThat(service.clientLifecycle().get(new LifecycleQuery(ref(ann))).entries())
                    .extracting(LifecycleEntry::event).containsExactly("ONBOARDED");
        }

        @Test
        void without_a_customer_counts_customers_per_status() {
            register(standard(), CustomerStatus.ACTIVE);
            register(standard(), CustomerStatus.ACTIVE);
            register(KycProfile.none(), CustomerStatus.PROSPECT);
            Customer blocked = register(standard(), CustomerStatus.ACTIVE);
            blocked.blacklist("fraud", now());
            ports.saveCustomer().save(blocked);
            Customer closed = register(standard(), CustomerStatus.ACTIVE);
            closed.changeStatus(CustomerStatus.CLOSED, now());
            ports.saveCustomer().save(closed);

            ClientLifecycle lifecycle = service.clientLifecycle().get(new LifecycleQuery(null));

            Map<CustomerStatus, Long> expected = new EnumMap<>(CustomerStatus.class);
            expected.put(CustomerStatus.PROSPECT, 1L);
            expected.put(CustomerStatus.CANDIDATE, 0L);
            expected.put(CustomerStatus.ACTIVE, 2L);
            expected.put(CustomerStatus.BLOCKED, 1L);
            expected.put(CustomerStatus.CLOSED, 1L);
            assertThat(lifecycle.stageCounts()).containsExactlyEntriesOf(expected);
            assertThat(lifecycle.entries()).isEmpty();
        }
    }

    // ---- flags ------------------------------------------------------------------------------------

    @Nested
    class Flags {

        @Test
        void a_verified_consenting_customer_in_good_standing_raises_no_flag() {
            Customer ann = register(standard().withRiskClass(RiskClass.MEDIUM), CustomerStatus.ACTIVE);
            grant(ann, AgreementType.DATA_PROTECTION, today(), today().plusYears(1));
            openAccount(ann, ProductType.CURRENT_ACCOUNT, "1000000001");
            bankingUser(ann, "ann.lee", false);

            assertThat(flags(ann)).isEmpty();
        }

        @Test
        void a_blacklisted_customer_is_critical_and_blocked() {
            Customer ann = register(standard(), CustomerStatus.ACTIVE);
            grant(ann, AgreementType.DATA_PROTECTION, today(), null);
            ann.blacklist("card fraud", now());
            ports.saveCustomer().save(ann);

            assertThat(service.customerFlags().get(query(ann)))
                    .extracting(CustomerFlag::code, CustomerFlag::severity)
                    .containsExactly(tuple("BLACKLISTED", "CRITICAL"), tuple("CUSTOMER_BLOCKED", "CRITICAL"));
            assertThat(service.customerFlags().get(query(ann)).get(0).message()).contains("card fraud");
        }

        @Test
        void a_closed_customer_is_flagged_closed_and_not_blocked() {
            Customer ann = register(standard(), CustomerStatus.ACTIVE);
            grant(ann, AgreementType.DATA_PROTECTION, today(), null);
            ann.changeStatus(CustomerStatus.CLOSED, now());
            ports.saveCustomer().save(ann);

            assertThat(service.customerFlags().get(query(ann)))
                    .extracting(CustomerFlag::code, CustomerFlag::severity)
                    .containsExactly(tuple("CUSTOMER_CLOSED", "WARNING"));
        }

        @Test
        void an_unverified_customer_is_kyc_incomplete_and_an_ekyc_one_is_limited() {
            Customer unverified = register(KycProfile.none(), CustomerStatus.PROSPECT);
            Customer ekyc = register(ekyc().withAccountLimit(Money.of("5000.00", "EUR", 2)), CustomerStatus.ACTIVE);
            grant(unverified, AgreementType.KVKK, today(), null);
            grant(ekyc, AgreementType.KVKK, today(), null);

            assertThat(flags(unverified)).containsExactly("KYC_INCOMPLETE");
            assertThat(flags(ekyc)).containsExactly("EKYC_LIMITED");
            assertThat(service.customerFlags().get(query(ekyc)).get(0))
                    .extracting(CustomerFlag::severity, CustomerFlag::message)
                    .containsExactly("INFO", "verified by eKYC only: an account limit applies (5000.00 EUR)");
        }

        @Test
        void declarations_and_high_risk_are_flagged() {
            Customer ann = register(standard().withDeclarations(true, true, true).withRiskClass(RiskClass.HIGH), CustomerStatus.ACTIVE);
            grant(ann, AgreementType.DATA_PROTECTION, today(), null);

            assertThat(service.customerFlags().get(query(ann)))
                    .extracting(CustomerFlag::code, CustomerFlag::severity)
                    .containsExactly(tuple("PEP", "WARNING"), tuple("FATCA", "INFO"), tuple("US_PERSON", "INFO"),
                            tuple("HIGH_RISK", "CRITICAL"));
        }

        @Test
        void each_declaration_is_flagged_on_its_own() {
            Customer fatcaOnly = register(standard().withDeclarations(true, false, false).withRiskClass(RiskClass.LOW), CustomerStatus.ACTIVE);
            Customer pepOnly = register(standard().withDeclarations(false, false, true), CustomerStatus.ACTIVE);
            grant(fatcaOnly, AgreementType.DATA_PROTECTION, today(), null);
            grant(pepOnly, AgreementType.DATA_PROTECTION, today(), null);

            assertThat(flags(fatcaOnly)).containsExactly("FATCA");
            assertThat(flags(pepOnly)).containsExactly("PEP");
        }

        @Test
        void a_customer_without_an_effective_data_protection_consent_misses_consent() {
            Customer never = register(standard(), CustomerStatus.ACTIVE);
            grant(never, AgreementType.MARKETING, today(), null);
            Customer revoked = register(standard(), CustomerStatus.ACTIVE);
            Agreement consent = grant(revoked, AgreementType.DATA_PROTECTION, today(), null);
            consent.revoke(Channel.ESB, now());
            ports.agreements().save(consent);
            Customer notStarted = register(standard(), CustomerStatus.ACTIVE);
            grant(notStarted, AgreementType.DATA_PROTECTION, today().plusDays(1), null);
            Customer kvkk = register(standard(), CustomerStatus.ACTIVE);
            grant(kvkk, AgreementType.KVKK, today(), null);

            assertThat(flags(never)).containsExactly("CONSENT_MISSING");
            assertThat(flags(revoked)).containsExactly("CONSENT_MISSING");
            assertThat(flags(notStarted)).containsExactly("CONSENT_MISSING");
            assertThat(flags(kvkk)).isEmpty();
        }

        @Test
        void a_consent_past_its_end_date_is_expired_until_a_newer_one_is_granted() {
            Customer ann = register(standard(), CustomerStatus.ACTIVE);
            grant(ann, AgreementType.DATA_PROTECTION, today(), today().plusDays(2));

            assertThat(flags(ann)).isEmpty();
            later(Duration.ofDays(2));
            assertThat(flags(ann)).as("the end date itself is still covered").isEmpty();
            later(Duration.ofDays(1));
            assertThat(flags(ann)).containsExactly("CONSENT_MISSING", "CONSENT_EXPIRED");

            grant(ann, AgreementType.KVKK, today(), null);
            assertThat(flags(ann)).isEmpty();
        }

        @Test
        void a_locked_banking_user_and_a_blocked_account_are_flagged() {
            Customer ann = register(standard(), CustomerStatus.ACTIVE);
            grant(ann, AgreementType.DATA_PROTECTION, today(), null);
            bankingUser(ann, "ann.lee", true);
            Account blocked = openAccount(ann, ProductType.CURRENT_ACCOUNT, "1000000001");
            blocked.block("court order", now());
            ports.saveAccount().save(blocked);
            openAccount(ann, ProductType.SAVINGS_ACCOUNT, "1000000002");

            assertThat(service.customerFlags().get(query(ann)))
                    .extracting(CustomerFlag::code, CustomerFlag::message)
                    .containsExactly(tuple("BANKING_USER_LOCKED", "online banking locked: ann.lee"),
                            tuple("ACCOUNT_BLOCKED", "blocked account(s): 1000000001"));
        }
    }

    // ---- header and picture -----------------------------------------------------------------------

    @Test
    void header_shows_name_cif_status_segment_kyc_contacts_branch_and_since() {
        Instant since = now();
        Customer ann = save(new CustomerRegistration(CustomerType.INDIVIDUAL, new PersonName("Ann", "Lee", "Mai"), null,
                CustomerStatus.ACTIVE, new Segment("premium"), new BranchRef("9860"), null, false, standard(),
                List.of(nationalId(), new PhoneNumber("+84912000001"), new EmailAddress("ann@example.com")), null, null, null));
        later(Duration.ofDays(3));

        CustomerHeader header = service.customerHeader().get(query(ann));

        assertThat(header).isEqualTo(new CustomerHeader(ann.id(), ann.number(), "Ann Mai Lee", CustomerStatus.ACTIVE,
                "premium", KycLevel.STANDARD, "+84912000001", "ann@example.com", "9860", since));
    }

    @Test
    void header_of_a_bare_customer_leaves_unknown_parts_empty() {
        Customer bare = save(new CustomerRegistration(null, null, null, null, null, null, null, false, null, null, null, null, null));

        CustomerHeader header = service.customerHeader().get(query(bare));

        assertThat(header.fullName()).isNull();
        assertThat(header.segment()).isNull();
        assertThat(header.branch()).isNull();
        assertThat(header.mainPhone()).isNull();
        assertThat(header.mainEmail()).isNull();
        assertThat(header.status()).isEqualTo(CustomerStatus.PROSPECT);
        assertThat(header.kycLevel()).isEqualTo(KycLevel.NONE);
    }

    @Test
    void picture_is_the_stored_reference_with_upper_case_initials() {
        Customer ayse = save(new CustomerRegistration(null, new PersonName("ayşe", "yılmaz", "nur"), null, null, null, null,
                null, false, null, List.of(nationalId()), null, null, null));
        URI photo = URI.create("https://cdn.example.com/photos/ayse.jpg");
        ayse.changeDetails(new CustomerChanges(null, null, null, null, null, null, Optional.of(photo), List.of()), now());
        ports.saveCustomer().save(ayse);

        assertThat(service.customerPicture().get(query(ayse))).isEqualTo(new CustomerPicture(ayse.id(), Optional.of(photo), "AY"));
    }

    @Test
    void a_customer_without_a_picture_gets_its_initials_or_a_question_mark() {
        Customer lastOnly = save(new CustomerRegistration(null, new PersonName(null, "lee", null), null, null, null, null,
                null, false, null, null, null, null, null));
        Customer nameless = save(new CustomerRegistration(null, new PersonName(null, null, "middle"), null, null, null, null,
                null, false, null, null, null, null, null));

        assertThat(service.customerPicture().get(query(lastOnly))).isEqualTo(new CustomerPicture(lastOnly.id(), Optional.empty(), "L"));
        assertThat(service.customerPicture().get(query(nameless)).initials()).isEqualTo("?");
        assertThat(service.customerPicture().get(query(nameless)).picture()).isEmpty();
    }

    // ---- pending activities -----------------------------------------------------------------------

    @Nested
    class PendingActivities {

        @Test
        void collects_unfinished_work_soonest_first() {
            Customer ann = register(standard(), CustomerStatus.ACTIVE);
            OnboardingProcess process = ports.onboardingProcesses().save(OnboardingProcess.start(
                    ports.onboardingProcesses().nextProcessId(), ann.nationalIds().get(0), ann.id(), Channel.INTERAPI, null, now()));
            application(ann, "APP-1", ApplicationStatus.SUBMITTED);
            application(ann, "APP-2", ApplicationStatus.COMPLETED);
            hold(ann, "7777777777", Duration.ofHours(20));
            hold(ann, "8888888888", Duration.ofHours(48));
            bankingUser(ann, "ann.lee", true);
            Agreement ending = grant(ann, AgreementType.DATA_PROTECTION, today(), today().plusDays(10));
            grant(ann, AgreementType.MARKETING, today(), today().plusDays(60));
            grant(ann, AgreementType.PRODUCT_CONTRACT, today(), today().plusDays(5));
            Customer other = register(standard(), CustomerStatus.ACTIVE);
            application(other, "APP-9", ApplicationStatus.DRAFT);

            List<PendingActivity> pending = service.pendingActivities().get(query(ann));

            assertThat(pending).extracting(PendingActivity::type, PendingActivity::reference, PendingActivity::dueAt).containsExactly(
                    tuple("NICE_NUMBER_HOLD", "7777777777", now().plus(Duration.ofHours(20))),
                    tuple("CONSENT_EXPIRING", ending.id().toString(), Instant.parse("2026-01-26T00:00:00Z")),
                    tuple("ONBOARDING", process.id().toString(), null),
                    tuple("PRODUCT_APPLICATION", "APP-1", null),
                    tuple("BANKING_USER_LOCKED", "ann.lee", null));
            assertThat(pending.get(3).description()).isEqualTo("Personal loan (LOAN) is SUBMITTED");
        }

        @Test
        void a_completed_onboarding_is_not_pending() {
            Customer ann = register(standard(), CustomerStatus.ACTIVE);
            OnboardingProcess process = OnboardingProcess.start(ports.onboardingProcesses().nextProcessId(),
                    ann.nationalIds().get(0), ann.id(), Channel.INTERAPI, null, now());
            process.informationUpdated(AddressType.HOME, now());
            process.complete(true, false, "agent-1", now());
            ports.onboardingProcesses().save(process);

            assertThat(service.pendingActivities().get(query(ann))).isEmpty();
        }

        @Test
        void a_nice_number_hold_is_pending_within_24_hours_of_expiry_until_it_expires() {
            Customer ann = register(standard(), CustomerStatus.ACTIVE);
            hold(ann, "7777777777", Duration.ofHours(48));

            assertThat(service.pendingActivities().get(query(ann))).isEmpty();
            later(Duration.ofHours(24).minusSeconds(1));
            assertThat(service.pendingActivities().get(query(ann))).isEmpty();
            later(Duration.ofSeconds(1));
            assertThat(service.pendingActivities().get(query(ann))).extracting(PendingActivity::type).containsExactly("NICE_NUMBER_HOLD");
            later(Duration.ofHours(24));
            assertThat(service.pendingActivities().get(query(ann))).as("expired holds are gone").isEmpty();
        }

        @Test
        void a_consent_is_pending_from_30_days_before_its_end_date_until_it_expires() {
            Customer ann = register(standard(), CustomerStatus.ACTIVE);
            grant(ann, AgreementType.KVKK, today(), today().plusDays(31));

            assertThat(service.pendingActivities().get(query(ann))).isEmpty();
            later(Duration.ofDays(1));
            assertThat(service.pendingActivities().get(query(ann))).extracting(PendingActivity::type).containsExactly("CONSENT_EXPIRING");
            later(Duration.ofDays(30));
            assertThat(service.pendingActivities().get(query(ann))).as("on its end date").hasSize(1);
            later(Duration.ofDays(1));
            assertThat(service.pendingActivities().get(query(ann))).as("expired: a flag, no longer pending").isEmpty();
        }
    }

    // ---- portfolio and suggestions ----------------------------------------------------------------

    @Test
    void portfolio_lists_the_accounts_applications_and_agreements_of_the_customer_only() {
        Customer ann = register(standard(), CustomerStatus.ACTIVE);
        Account current = openAccount(ann, ProductType.CURRENT_ACCOUNT, "1000000001");
        Account savings = openAccount(ann, ProductType.SAVINGS_ACCOUNT, "1000000002");
        ProductApplication loan = application(ann, "APP-1", ApplicationStatus.APPROVED);
        Agreement consent = grant(ann, AgreementType.DATA_PROTECTION, today(), null);
        Customer other = register(standard(), CustomerStatus.ACTIVE);
        openAccount(other, ProductType.CURRENT_ACCOUNT, "1000000003");
        application(other, "APP-2", ApplicationStatus.DRAFT);
        grant(other, AgreementType.KVKK, today(), null);

        ProductPortfolio portfolio = service.productPortfolio().get(query(ann));

        assertThat(portfolio.accounts()).containsExactly(current.state(), savings.state());
        assertThat(portfolio.applications()).containsExactly(loan);
        assertThat(portfolio.agreements()).containsExactly(consent.state());
    }

    @Nested
    class Suggestions {

        @Test
        void a_verified_customer_without_products_gets_a_current_account_and_online_banking() {
            Customer ann = register(standard(), CustomerStatus.ACTIVE);

            assertThat(suggestions(ann)).containsExactly("CURRENT_ACCOUNT", "ONLINE_BANKING");
        }

        @Test
        void an_ekyc_customer_with_income_gets_an_upgrade_and_a_savings_account() {
            Customer ann = register(ekyc().withSituation(null, null, Money.of("1200.00", "EUR", 2), null, null), CustomerStatus.ACTIVE);
            openAccount(ann, ProductType.EKYC_PAYMENT_ACCOUNT, "1000000001");
            bankingUser(ann, "ann.lee", false);

            assertThat(service.productSuggestions().get(query(ann))).extracting(ProductSuggestion::product, ProductSuggestion::reason)
                    .containsExactly(
                            tuple("KYC_UPGRADE", "verified by eKYC only: a STANDARD verification lifts the eKYC account limit"),
                            tuple("SAVINGS_ACCOUNT", "declares a monthly income of 1200.00 EUR but holds no savings account"));
        }

        @Test
        void a_customer_holding_everything_gets_nothing() {
            Customer ann = register(standard().withSituation(null, null, Money.of("1200.00", "EUR", 2), null, null), CustomerStatus.ACTIVE);
            openAccount(ann, ProductType.CURRENT_ACCOUNT, "1000000001");
            openAccount(ann, ProductType.SAVINGS_ACCOUNT, "1000000002");
            bankingUser(ann, "ann.lee", true);

            assertThat(suggestions(ann)).isEmpty();
        }

        @Test
        void an_unverified_customer_gets_no_payment_account_nor_online_banking() {
            Customer none = register(KycProfile.none(), CustomerStatus.PROSPECT);
            Customer withIncome = register(KycProfile.none().withSituation(null, null, Money.of("900.00", "EUR", 2), null, null),
                    CustomerStatus.PROSPECT);

            assertThat(suggestions(none)).isEmpty();
            assertThat(suggestions(withIncome)).containsExactly("SAVINGS_ACCOUNT");
        }

        @Test
        void closed_accounts_and_banking_users_do_not_count() {
            Customer ann = register(standard(), CustomerStatus.ACTIVE);
            Account closed = openAccount(ann, ProductType.CURRENT_ACCOUNT, "1000000001");
            closed.close(now());
            ports.saveAccount().save(closed);
            OnlineBankingUser user = OnlineBankingUser.create(BankingUserId.random(), ann, new BankingUsername("ann.lee"), now());
            user.close(now());
            ports.saveBankingUser().save(user);

            assertThat(suggestions(ann)).containsExactly("CURRENT_ACCOUNT", "ONLINE_BANKING");
        }

        @Test
        void closed_blocked_and_blacklisted_customers_get_nothing() {
            Customer closed = register(standard(), CustomerStatus.ACTIVE);
            closed.changeStatus(CustomerStatus.CLOSED, now());
            ports.saveCustomer().save(closed);
            Customer blocked = register(standard(), CustomerStatus.ACTIVE);
            blocked.changeStatus(CustomerStatus.BLOCKED, now());
            ports.saveCustomer().save(blocked);
            Customer blacklisted = register(standard(), CustomerStatus.PROSPECT);
            blacklisted.blacklist("fraud", now());
            ports.saveCustomer().save(blacklisted);

            assertThat(suggestions(closed)).isEmpty();
            assertThat(suggestions(blocked)).isEmpty();
            assertThat(suggestions(blacklisted)).isEmpty();
        }
    }

    // ---- profile completion -----------------------------------------------------------------------

    @Nested
    class ProfileCompletionWidget {

        @Test
        void an_empty_profile_is_zero_percent_with_every_field_missing_in_order() {
            Customer bare = save(new CustomerRegistration(null, null, null, null, null, null, null, false, null, null, null, null, null));

            assertThat(service.profileCompletion().get(query(bare))).isEqualTo(new ProfileCompletion(0, List.of(
                    "firstName", "lastName", "birthDate", "nationalId", "phone", "email", "address", "kycLevel",
                    "education", "employment", "monthlyIncome", "dataProtectionConsent")));
        }

        @Test
        void a_complete_profile_is_one_hundred_percent() {
            KycProfile kyc = standard().withSituation(CodedValue.of("6", "UNIVERSITY"),
                    new Employment(CodedValue.of("1", "EMPLOYED"), null, "Acme", null), Money.of("2500.00", "EUR", 2), null, null);
            Customer ann = save(new CustomerRegistration(null, new PersonName("Ann", "Lee", null), LocalDate.of(1990, 5, 17), null,
                    null, null, null, false, kyc,
                    List.of(nationalId(), new PhoneNumber("+84912000002"), new EmailAddress("ann@example.com")), null,
                    List.of(address()), null));
            grant(ann, AgreementType.KVKK, today(), null);

            assertThat(service.profileCompletion().get(query(ann))).isEqualTo(new ProfileCompletion(100, List.of()));
        }

        @Test
        void a_partial_profile_rounds_the_share_of_present_fields() {
            Customer ann = save(new CustomerRegistration(null, new PersonName("Ann", "Lee", null), LocalDate.of(1990, 5, 17), null,
                    null, null, null, false, ekyc(), List.of(nationalId(), new PhoneNumber("+84912000003")), null,
                    List.of(address()), null));
            grant(ann, AgreementType.DATA_PROTECTION, today(), today());

            assertThat(service.profileCompletion().get(query(ann)))
                    .isEqualTo(new ProfileCompletion(67, List.of("email", "education", "employment", "monthlyIncome")));
            later(Duration.ofDays(1));
            assertThat(service.profileCompletion().get(query(ann))).as("7 of 12 once the consent expired")
                    .isEqualTo(new ProfileCompletion(58, List.of("email", "education", "employment", "monthlyIncome",
                            "dataProtectionConsent")));
        }
    }

    // ---- profitability ----------------------------------------------------------------------------

    @Nested
    class ProfitabilityWidget {

        @Test
        void sums_count_volume_and_fees_per_currency_over_the_last_365_days() {
            Customer ann = register();
            book(ann, "t1", now().minus(Duration.ofDays(10)), "TRANSFER", "100.00", "1.50", "EUR");
            book(ann, "t2", now().minus(Duration.ofDays(5)), "CARD", "20.00", "0.20", "EUR");
            book(ann, "t3", now().minus(Duration.ofDays(3)), "TRANSFER", "50.00", null, "USD");
            book(ann, "t4", now().minus(Duration.ofDays(366)), "TRANSFER", "999.00", "9.00", "EUR");
            book(ann, "t5", now().minus(Duration.ofDays(365)), "TRANSFER", "1.00", "0.01", "EUR");
            book(register(), "t6", now().minus(Duration.ofDays(1)), "TRANSFER", "5.00", "5.00", "EUR");

            Profitability all = service.profitability().get(new ProfitabilityQuery(ref(ann), "all", null, null));

            assertThat(all).isEqualTo(new Profitability("ALL", List.of(
                    new CurrencyAmounts("EUR", 3, new BigDecimal("121.00"), new BigDecimal("1.71")),
                    new CurrencyAmounts("USD", 1, new BigDecimal("50.00"), new BigDecimal("0.00")))));
        }

        @Test
        void one_indicator_is_matched_exactly_after_upper_casing() {
            Customer ann = register();
            book(ann, "t1", now().minus(Duration.ofDays(10)), "TRANSFER", "100.00", "1.50", "EUR");
            book(ann, "t2", now().minus(Duration.ofDays(5)), "CARD", "20.00", "0.20", "EUR");
            book(ann, "t3", now().minus(Duration.ofDays(4)), "TRANSFER_FX", "30.00", "0.30", "EUR");

            assertThat(service.profitability().get(new ProfitabilityQuery(ref(ann), " transfer ", null, null)))
                    .isEqualTo(new Profitability("TRANSFER", List.of(
                            new CurrencyAmounts("EUR", 1, new BigDecimal("100.00"), new BigDecimal("1.50")))));
            assertThat(service.profitability().get(new ProfitabilityQuery(ref(ann), "TRANS", null, null)).byCurrency()).isEmpty();
        }

        @Test
        void an_explicit_period_includes_from_and_excludes_to() {
            Customer ann = register();
            Instant from = Instant.parse("2025-06-01T00:00:00Z");
            Instant to = Instant.parse("2025-07-01T00:00:00Z");
            book(ann, "t1", from, "CARD", "10.00", "0.10", "EUR");
            book(ann, "t2", to.minusSeconds(1), "CARD", "20.00", "0.20", "EUR");
            book(ann, "t3", to, "CARD", "40.00", "0.40", "EUR");
            book(ann, "t4", from.minusSeconds(1), "CARD", "80.00", "0.80", "EUR");

            assertThat(service.profitability().get(new ProfitabilityQuery(ref(ann), "CARD", from, to)).byCurrency())
                    .containsExactly(new CurrencyAmounts("EUR", 2, new BigDecimal("30.00"), new BigDecimal("0.30")));
        }

        @Test
        void a_period_ending_before_it_starts_is_rejected_naming_to() {
            Customer ann = register();

            assertThat(fieldsOf(() -> service.profitability().get(new ProfitabilityQuery(ref(ann), "ALL",
                    now(), now().minusSeconds(1))))).containsExactly("to");
        }
    }

    // ---- revenues ---------------------------------------------------------------------------------

    @Nested
    class RevenuesWidget {

        @Test
        void sums_fees_per_month_and_currency_between_two_dates_inclusive() {
            Customer ann = register();
            book(ann, "before", Instant.parse("2024-12-31T23:59:59Z"), "CARD", "90.00", "9.00", "EUR");
            book(ann, "jan-1", Instant.parse("2025-01-05T10:00:00Z"), "TRANSFER", "100.00", "1.00", "EUR");
            book(ann, "jan-2", Instant.parse("2025-01-20T10:00:00Z"), "CARD", "50.00", "2.50", "EUR");
            book(ann, "jan-3", Instant.parse("2025-01-25T10:00:00Z"), "CARD", "10.00", "0.75", "USD");
            book(ann, "mar-1", Instant.parse("2025-03-31T23:59:59Z"), "TRANSFER", "40.00", "4.00", "EUR");
            book(ann, "after", Instant.parse("2025-04-01T00:00:00Z"), "CARD", "80.00", "8.00", "EUR");
            book(register(), "other", Instant.parse("2025-02-10T10:00:00Z"), "CARD", "50.00", "5.00", "EUR");

            Revenues revenues = service.revenues().get(new RevenuesQuery(ref(ann), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31)));

            assertThat(revenues.months()).containsExactly(
                    new RevenueLine(YearMonth.of(2025, 1), "EUR", new BigDecimal("3.50")),
                    new RevenueLine(YearMonth.of(2025, 1), "USD", new BigDecimal("0.75")),
                    new RevenueLine(YearMonth.of(2025, 3), "EUR", new BigDecimal("4.00")));
            assertThat(revenues.totals()).containsExactly(
                    new CurrencyAmounts("EUR", 3, new BigDecimal("190.00"), new BigDecimal("7.50")),
                    new CurrencyAmounts("USD", 1, new BigDecimal("10.00"), new BigDecimal("0.75")));
        }

        @Test
        void a_month_with_fee_free_transactions_shows_zero() {
            Customer ann = register();
            book(ann, "t1", Instant.parse("2025-02-03T10:00:00Z"), "TRANSFER", "100.00", null, "EUR");

            assertThat(service.revenues().get(new RevenuesQuery(ref(ann), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))).months())
                    .containsExactly(new RevenueLine(YearMonth.of(2025, 2), "EUR", new BigDecimal("0.00")));
        }

        @Test
        void an_end_date_before_the_start_date_is_rejected_naming_end_date() {
            Customer ann = register();

            assertThat(fieldsOf(() -> service.revenues().get(new RevenuesQuery(ref(ann), LocalDate.of(2025, 3, 1), LocalDate.of(2025, 2, 28)))))
                    .containsExactly("endDate");
        }

        @Test
        void a_range_over_three_years_is_rejected_and_exactly_three_years_is_accepted() {
            Customer ann = register();

            assertThat(fieldsOf(() -> service.revenues().get(new RevenuesQuery(ref(ann), LocalDate.of(2022, 1, 1), LocalDate.of(2025, 1, 2)))))
                    .containsExactly("endDate");
            assertThat(service.revenues().get(new RevenuesQuery(ref(ann), LocalDate.of(2022, 1, 1), LocalDate.of(2025, 1, 1))))
                    .isEqualTo(new Revenues(List.of(), List.of()));
        }
    }

    // ---- transaction values -----------------------------------------------------------------------

    @Nested
    class TransactionValues {
        private final Instant from = Instant.parse("2025-06-01T00:00:00Z");
        private final Instant to = Instant.parse("2025-07-01T00:00:00Z");

        private Customer withTransactions() {
            Customer ann = register();
            book(ann, "t1", from, Direction.OUTGOING, Scope.INTER, "TRANSFER", "100.00", "EUR");
            book(ann, "t2", from.plusSeconds(60), Direction.OUTGOING, Scope.INTER, "TRANSFER", "50.00", "EUR");
            book(ann, "t3", from.plusSeconds(120), Direction.INCOMING, Scope.INTRA, "TRANSFER", "30.00", "EUR");
            book(ann, "t4", from.plusSeconds(180), Direction.OUTGOING, Scope.INTRA, "CARD", "12.34", "EUR");
            book(ann, "t5", from.plusSeconds(240), Direction.OUTGOING, Scope.INTER, "TRANSFER", "7.00", "USD");
            book(ann, "t6", to, Direction.INCOMING, Scope.INTER, "TRANSFER", "200.00", "EUR");
            book(ann, "t8", from.plusSeconds(300), Direction.OUTGOING, Scope.INTRA, "TRANSFER", "5.00", "EUR");
            book(register(), "t7", from, Direction.OUTGOING, Scope.INTER, "TRANSFER", "1.00", "EUR");
            return ann;
        }

        @Test
        void groups_by_indicator_direction_scope_and_currency_in_that_order() {
            Customer ann = withTransactions();

            assertThat(values(ann, null, null, null, null)).containsExactly(
                    new TransactionValue("CARD", Direction.OUTGOING, Scope.INTRA, "EUR", 1, new BigDecimal("12.34")),
                    new TransactionValue("TRANSFER", Direction.INCOMING, Scope.INTRA, "EUR", 1, new BigDecimal("30.00")),
                    new TransactionValue("TRANSFER", Direction.OUTGOING, Scope.INTER, "EUR", 2, new BigDecimal("150.00")),
                    new TransactionValue("TRANSFER", Direction.OUTGOING, Scope.INTER, "USD", 1, new BigDecimal("7.00")),
                    new TransactionValue("TRANSFER", Direction.OUTGOING, Scope.INTRA, "EUR", 1, new BigDecimal("5.00")));
        }

        @Test
        void filters_by_indicators_direction_scope_and_currency() {
            Customer ann = withTransactions();

            assertThat(values(ann, Set.of("transfer"), Direction.OUTGOING, null, null))
                    .extracting(TransactionValue::scope, TransactionValue::currency, TransactionValue::count)
                    .containsExactly(tuple(Scope.INTER, "EUR", 2L), tuple(Scope.INTER, "USD", 1L), tuple(Scope.INTRA, "EUR", 1L));
            assertThat(values(ann, null, null, Scope.INTRA, null))
                    .extracting(TransactionValue::indicator, TransactionValue::direction)
                    .containsExactly(tuple("CARD", Direction.OUTGOING), tuple("TRANSFER", Direction.INCOMING),
                            tuple("TRANSFER", Direction.OUTGOING));
            assertThat(values(ann, null, null, null, "usd")).extracting(TransactionValue::total).containsExactly(new BigDecimal("7.00"));
            assertThat(values(ann, Set.of("CARD"), Direction.INCOMING, null, null)).isEmpty();
        }

        @Test
        void a_period_ending_before_it_starts_is_rejected_naming_to() {
            Customer ann = register();

            assertThat(fieldsOf(() -> service.transactionValues().get(new TransactionValuesQuery(ref(ann), to, from, null, null, null, null))))
                    .containsExactly("to");
        }

        private List<TransactionValue> values(Customer c, Set<String> indicators, Direction direction, Scope scope, String currency) {
            return service.transactionValues().get(new TransactionValuesQuery(ref(c), from, to, indicators, direction, scope, currency));
        }
    }

    // ---- recent interactions ----------------------------------------------------------------------

    @Nested
    class RecentInteractions {

        @Test
        void lists_the_customers_interactions_in_the_period_newest_first_filtered_by_channel() {
            Customer ann = register();
            Instant from = now().minus(Duration.ofDays(7));
            Interaction old = interact(ann, Channel.ESB, from.minusSeconds(1));
            Interaction first = interact(ann, Channel.ESB, from);
            Interaction second = interact(ann, Channel.CALLACTION, from.plus(Duration.ofDays(1)));
            Interaction third = interact(ann, Channel.ESB, from.plus(Duration.ofDays(2)));
            interact(ann, Channel.ESB, now());
            interact(register(), Channel.ESB, from.plus(Duration.ofDays(1)));

            assertThat(service.recentInteractions().get(new RecentInteractionsQuery(ref(ann), from, now(), null)))
                    .containsExactly(third, second, first).doesNotContain(old);
            assertThat(service.recentInteractions().get(new RecentInteractionsQuery(ref(ann), from, now(), Set.of(Channel.ESB))))
                    .containsExactly(third, first);
        }

        @Test
        void shows_at_most_the_latest_hundred() {
            Customer ann = register();
            List<Interaction> appended = new ArrayList<>();
            for (int i = 0; i < 105; i++) {
                appended.add(interact(ann, Channel.ESB, now().minus(Duration.ofMinutes(i))));
            }

            List<Interaction> shown = service.recentInteractions().get(
                    new RecentInteractionsQuery(ref(ann), now().minus(Duration.ofDays(1)), now().plusSeconds(1), null));

            assertThat(shown).hasSize(100).containsExactlyElementsOf(appended.subList(0, 100));
        }

        @Test
        void a_period_ending_before_it_starts_is_rejected_naming_to() {
            Customer ann = register();

            assertThat(fieldsOf(() -> service.recentInteractions().get(new RecentInteractionsQuery(ref(ann), now(),
                    now().minusSeconds(1), null)))).containsExactly("to");
        }
    }

    // ---- extreme dates --------------------------------------------------------------------------------

    @Nested
    class ExtremeDates {
        private final LocalDate farFuture = LocalDate.parse("+999999999-01-01");

        @Test
        void a_revenue_period_starting_in_year_999999999_is_rejected_naming_start_date() {
            Customer ann = register();

            assertThat(fieldsOf(() -> service.revenues().get(new RevenuesQuery(ref(ann), farFuture, LocalDate.MAX))))
                    .containsExactly("startDate");
            assertThat(fieldsOf(() -> service.revenues().get(new RevenuesQuery(ref(ann), LocalDate.MIN, LocalDate.of(2025, 1, 1)))))
                    .containsExactly("startDate");
        }

        @Test
        void a_revenue_period_ending_on_the_last_representable_day_is_rejected_naming_end_date() {
            Customer ann = register();

            assertThat(fieldsOf(() -> service.revenues().get(new RevenuesQuery(ref(ann), LocalDate.of(9999, 6, 1), LocalDate.MAX))))
                    .containsExactly("endDate");
        }

        @Test
        void revenues_up_to_the_end_of_year_9999_are_accepted() {
            Customer ann = register();
            book(ann, "last", Instant.parse("9999-12-31T23:59:59Z"), "CARD", "10.00", "1.00", "EUR");

            Revenues revenues = service.revenues().get(new RevenuesQuery(ref(ann), LocalDate.of(9997, 1, 1), LocalDate.of(9999, 12, 31)));

            assertThat(revenues.months()).containsExactly(new RevenueLine(YearMonth.of(9999, 12), "EUR", new BigDecimal("1.00")));
        }

        @Test
        void a_profitability_period_ending_at_the_earliest_instant_is_rejected_naming_to() {
            Customer ann = register();

            assertThat(fieldsOf(() -> service.profitability().get(new ProfitabilityQuery(ref(ann), "ALL", null, Instant.MIN))))
                    .containsExactly("to");
            assertThat(fieldsOf(() -> service.profitability().get(new ProfitabilityQuery(ref(ann), "ALL", Instant.MAX, null))))
                    .containsExactly("from");
        }

        @Test
        void a_profitability_period_ending_in_year_one_looks_back_a_year_without_failing() {
            Customer ann = register();

            assertThat(service.profitability().get(new ProfitabilityQuery(ref(ann), "ALL", null,
                    Instant.parse("0001-01-01T00:00:00Z"))).byCurrency()).isEmpty();
        }

        @Test
        void transaction_values_and_interactions_outside_years_1_to_9999_are_rejected_naming_the_field() {
            Customer ann = register();
            Instant year10000 = Instant.parse("+10000-01-01T00:00:00Z");

            assertThat(fieldsOf(() -> service.transactionValues().get(new TransactionValuesQuery(ref(ann), Instant.MIN, now(),
                    null, null, null, null)))).containsExactly("from");
            assertThat(fieldsOf(() -> service.transactionValues().get(new TransactionValuesQuery(ref(ann), now(), year10000,
                    null, null, null, null)))).containsExactly("to");
            assertThat(fieldsOf(() -> service.recentInteractions().get(new RecentInteractionsQuery(ref(ann),
                    Instant.parse("0000-12-31T23:59:59Z"), now(), null)))).containsExactly("from");
            assertThat(fieldsOf(() -> service.recentInteractions().get(new RecentInteractionsQuery(ref(ann), now(), Instant.MAX,
                    null)))).containsExactly("to");
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private Instant now() {
        return fixture.clock().instant();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(now(), ZoneOffset.UTC);
    }

    private void later(Duration duration) {
        fixture.clock().advance(duration);
    }

    private static CustomerRef ref(Customer c) {
        return CustomerRef.id(c.id());
    }

    private static CustomerViewQuery query(Customer c) {
        return new CustomerViewQuery(ref(c));
    }

    private List<String> flags(Customer c) {
        return service.customerFlags().get(query(c)).stream().map(CustomerFlag::code).toList();
    }

    private List<String> suggestions(Customer c) {
        return service.productSuggestions().get(query(c)).stream().map(ProductSuggestion::product).toList();
    }

    private static List<String> fieldsOf(ThrowingCallable call) {
        try {
            call.call();
        } catch (ValidationException e) {
            return e.errors().stream().map(FieldError::field).toList();
        } catch (Throwable other) {
            throw new AssertionError("expected a ValidationException", other);
        }
        throw new AssertionError("expected a ValidationException, nothing was thrown");
    }

    private KycProfile standard() {
        return KycProfile.none().verifiedAs(KycLevel.STANDARD, KycMethod.IN_BRANCH, now());
    }

    private KycProfile ekyc() {
        return KycProfile.none().verifiedAs(KycLevel.EKYC, KycMethod.EKYC, now());
    }

    private NationalId nationalId() {
        return NationalId.vietnamese(String.format("%012d", 100_000_000_000L + ++sequence));
    }

    private static Address address() {
        return new Address(AddressId.random(), AddressType.HOME, CountryCode.VN, "Hanoi", "Ba Dinh", null, "Kim Ma", "12",
                null, null, null, "100000", null, null);
    }

    private Customer register() {
        return register(standard(), CustomerStatus.ACTIVE);
    }

    private Customer register(KycProfile kyc, CustomerStatus status) {
        List<Identifier> identifiers = List.of(nationalId());
        return save(new CustomerRegistration(CustomerType.INDIVIDUAL, new PersonName("Ann", "Lee", null), null, status, null,
                null, null, false, kyc, identifiers, null, null, null));
    }

    private Customer save(CustomerRegistration registration) {
        return ports.saveCustomer().save(Customer.register(CustomerId.random(), ports.customerNumbers().nextCustomerNumber(),
                registration, now()));
    }

    private Account openAccount(Customer owner, ProductType product, String number) {
        return ports.saveAccount().save(Account.open(AccountId.random(), new AccountNumber(number), null, owner, product, EUR, now()));
    }

    private Agreement grant(Customer c, AgreementType type, LocalDate start, LocalDate end) {
        return ports.agreements().save(Agreement.grant(AgreementId.random(), c.id(), type,
                new AgreementTerms(start, end, "web", null, null, null), Channel.CALLACTION, now()));
    }

    private ProductApplication application(Customer c, String externalId, ApplicationStatus status) {
        return ports.applications().save(new ProductApplication(ApplicationId.random(), c.id(), externalId, "Personal loan",
                "LOAN", URI.create("https://apps.example.com/" + externalId), "web", status, null, now(), now(), 0));
    }

    private void bankingUser(Customer c, String username, boolean locked) {
        OnlineBankingUser user = OnlineBankingUser.create(BankingUserId.random(), c, new BankingUsername(username), now());
        if (locked) {
            user.lock("too many failed logins", now());
        }
        ports.saveBankingUser().save(user);
    }

    private void hold(Customer c, String number, Duration duration) {
        ports.holds().place(NiceNumberHold.place(new AccountNumber(number), c.id(), now(), duration), now());
    }

    private void book(Customer c, String ref, Instant at, String indicator, String amount, String fee, String currency) {
        book(c, ref, at, Direction.OUTGOING, Scope.INTER, indicator, amount, fee, currency);
    }

    private void book(Customer c, String ref, Instant at, Direction direction, Scope scope, String indicator, String amount,
                      String currency) {
        book(c, ref, at, direction, scope, indicator, amount, null, currency);
    }

    private void book(Customer c, String ref, Instant at, Direction direction, Scope scope, String indicator, String amount,
                      String fee, String currency) {
        ports.transactions().record(new Transaction(TransactionId.random(), ref, c.id(), null, at, direction, scope,
                Money.of(amount, currency, 2), fee == null ? null : Money.of(fee, currency, 2), indicator, Channel.ESB));
    }

    private Interaction interact(Customer c, Channel channel, Instant at) {
        Interaction interaction = new Interaction(InteractionId.random(), c.id(), channel, "update-customer", at, null, null,
                Outcome.SUCCESS);
        ports.interactions().append(interaction);
        return interaction;
    }
}
