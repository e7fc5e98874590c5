package dev.opencif.application.service;

import dev.opencif.application.port.in.view.CustomerFlag;
import dev.opencif.application.port.in.view.PendingActivity;
import dev.opencif.application.port.in.view.ProductSuggestion;
import dev.opencif.application.port.in.view.ProfileCompletion;
import dev.opencif.domain.account.AccountState;
import dev.opencif.domain.account.AccountStatus;
import dev.opencif.domain.account.ProductType;
import dev.opencif.domain.agreement.Agreement;
import dev.opencif.domain.agreement.AgreementState;
import dev.opencif.domain.agreement.AgreementStatus;
import dev.opencif.domain.agreement.AgreementType;
import dev.opencif.domain.banking.BankingUserState;
import dev.opencif.domain.banking.BankingUserStatus;
import dev.opencif.domain.customer.CustomerState;
import dev.opencif.domain.customer.CustomerStatus;
import dev.opencif.domain.customer.PersonName;
import dev.opencif.domain.identifier.EmailAddress;
import dev.opencif.domain.identifier.NationalId;
import dev.opencif.domain.identifier.PhoneNumber;
import dev.opencif.domain.kyc.KycCapability;
import dev.opencif.domain.kyc.KycLevel;
import dev.opencif.domain.kyc.KycProfile;
import dev.opencif.domain.kyc.RiskClass;
import dev.opencif.domain.nicenumber.NiceNumberHold;
import dev.opencif.domain.onboarding.OnboardingProcessState;
import dev.opencif.domain.onboarding.OnboardingState;
import dev.opencif.domain.product.ProductApplication;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** The documented rules of the customer-360 widgets (docs/customer-360.md), as pure functions of stored data. */
final class CustomerViewRules {
    static final String INFO = "INFO";
    static final String WARNING = "WARNING";
    static final String CRITICAL = "CRITICAL";

    /** Agreement types that count as the customer's data-protection consent. */
    static final Set<AgreementType> DATA_PROTECTION_CONSENTS = EnumSet.of(AgreementType.DATA_PROTECTION, AgreementType.KVKK);
    /** A nice-number hold is pending when it expires within this window. */
    static final Duration HOLD_EXPIRY_WINDOW = Duration.ofHours(24);
    /** A consent is pending renewal when its end date is within this many days. */
    static final int CONSENT_EXPIRY_DAYS = 30;

    private CustomerViewRules() {
    }

    // ---- flags ------------------------------------------------------------------------------------

    static List<CustomerFlag> flags(CustomerState c, List<AccountState> accounts, List<Agreement> agreements,
                                    List<BankingUserState> bankingUsers, Instant now) {
        List<CustomerFlag> flags = new ArrayList<>();
        if (c.blacklisting() != null) {
            flags.add(new CustomerFlag("BLACKLISTED", CRITICAL,
                    "blacklisted since " + c.blacklisting().since() + ": " + c.blacklisting().reason()));
        }
        if (c.status() == CustomerStatus.BLOCKED) {
            flags.add(new CustomerFlag("CUSTOMER_BLOCKED", CRITICAL, "the customer is blocked"));
        }
        if (c.status() == CustomerStatus.CLOSED) {
            flags.add(new CustomerFlag("CUSTOMER_CLOSED", WARNING, "the customer is closed"));
        }
        KycProfile kyc = c.kyc();
        if (kyc.level() == KycLevel.NONE) {
            flags.add(new CustomerFlag("KYC_INCOMPLETE", WARNING, "the customer's identity is not verified (KYC level NONE)"));
        }
        if (kyc.level() == KycLevel.EKYC) {
            flags.add(new CustomerFlag("EKYC_LIMITED", INFO, "verified by eKYC only: an account limit applies"
                    + (kyc.accountLimit() == null ? "" : " (" + kyc.accountLimit() + ")")));
        }
        List<Agreement> consents = agreements.stream()
                .filter(a -> DATA_PROTECTION_CONSENTS.contains(a.state().type())).toList();
        if (consents.stream().noneMatch(a -> a.isEffectiveAt(now))) {
            flags.add(new CustomerFlag("CONSENT_MISSING", WARNING, "no effective data-protection (or KVKK) consent"));
        }
        latest(consents).filter(a -> a.statusAt(now) == AgreementStatus.EXPIRED).ifPresent(a ->
                flags.add(new CustomerFlag("CONSENT_EXPIRED", WARNING,
                        "the latest " + a.state().type() + " consent expired on " + a.state().terms().endDate())));
        List<String> locked = bankingUsers.stream().filter(u -> u.status() == BankingUserStatus.LOCKED)
                .map(u -> u.username().value()).toList();
        if (!locked.isEmpty()) {
            flags.add(new CustomerFlag("BANKING_USER_LOCKED", WARNING, "online banking locked: " + String.join(", ", locked)));
        }
        if (kyc.pep()) {
            flags.add(new CustomerFlag("PEP", WARNING, "politically exposed person"));
        }
        if (kyc.fatca()) {
            flags.add(new CustomerFlag("FATCA", INFO, "FATCA reportable"));
        }
        if (kyc.usPerson()) {
            flags.add(new CustomerFlag("US_PERSON", INFO, "US person"));
        }
        if (kyc.riskClass() == RiskClass.HIGH) {
            flags.add(new CustomerFlag("HIGH_RISK", CRITICAL, "AML risk class HIGH"));
        }
        List<String> blocked = accounts.stream().filter(a -> a.status() == AccountStatus.BLOCKED)
                .map(a -> a.number().value()).toList();
        if (!blocked.isEmpty()) {
            flags.add(new CustomerFlag("ACCOUNT_BLOCKED", WARNING, "blocked account(s): " + String.join(", ", blocked)));
        }
        return List.copyOf(flags);
    }

    /** The most recently granted agreement (ties: the later one in the port's oldest-first order). */
    private static Optional<Agreement> latest(List<Agreement> agreements) {
        Agreement latest = null;
        for (Agreement a : agreements) {
            if (latest == null || !a.state().grantedAt().isBefore(latest.state().grantedAt())) {
                latest = a;
            }
        }
        return Optional.ofNullable(latest);
    }

    // ---- picture ----------------------------------------------------------------------------------

    /** First letter of the first name and of the last name, upper case; {@code "?"} when both are absent. */
    static String initials(PersonName name) {
        String initials = firstLetter(name.first()) + firstLetter(name.last());
        return initials.isEmpty() ? "?" : initials;
    }

    private static String firstLetter(String part) {
        if (part == null || part.isEmpty()) {
            return "";
        }
        return new String(Character.toChars(part.codePointAt(0))).toUpperCase(Locale.ROOT);
    }

    // ---- pending activities -----------------------------------------------------------------------

    static List<PendingActivity> pendingActivities(List<OnboardingProcessState> processes, List<ProductApplication> applications,
                                                   List<NiceNumberHold> activeHolds, List<BankingUserState> bankingUsers,
                                                   List<Agreement> agreements, Instant now) {
        List<PendingActivity> pending = new ArrayList<>();
        for (OnboardingProcessState p : processes) {
            if (p.state() != OnboardingState.COMPLETED) {
                pending.add(new PendingActivity("ONBOARDING", p.id().toString(),
                        "digital onboarding not completed (" + p.state() + ")", null));
            }
        }
        for (ProductApplication a : applications) {
            if (a.status().isPending()) {
                pending.add(new PendingActivity("PRODUCT_APPLICATION", a.externalId(),
                        a.name() + " (" + a.bankingProduct() + ") is " + a.status(), null));
            }
        }
        Instant holdHorizon = now.plus(HOLD_EXPIRY_WINDOW);
        for (NiceNumberHold h : activeHolds) {
            if (h.isActiveAt(now) && !h.expiresAt().isAfter(holdHorizon)) {
                pending.add(new PendingActivity("NICE_NUMBER_HOLD", h.number().value(),
                        "hold on nice number " + h.number() + " expires", h.expiresAt()));
            }
        }
        for (BankingUserState u : bankingUsers) {
            if (u.status() == BankingUserStatus.LOCKED) {
                pending.add(new PendingActivity("BANKING_USER_LOCKED", u.username().value(),
                        "online banking user locked: " + u.lockReason(), null));
            }
        }
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate consentHorizon = today.plusDays(CONSENT_EXPIRY_DAYS);
        for (Agreement a : agreements) {
            AgreementState s = a.state();
            LocalDate end = s.terms().endDate();
            if (s.type().isConsent() && a.statusAt(now) == AgreementStatus.ACTIVE && end != null && !end.isAfter(consentHorizon)) {
                pending.add(new PendingActivity("CONSENT_EXPIRING", s.id().toString(),
                        s.type() + " consent ends on " + end, end.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
            }
        }
        pending.sort(Comparator.comparing(PendingActivity::dueAt, Comparator.nullsLast(Comparator.naturalOrder())));
        return List.copyOf(pending);
    }

    // ---- suggestions ------------------------------------------------------------------------------

    static List<ProductSuggestion> suggestions(CustomerState c, List<AccountState> accounts, List<BankingUserState> bankingUsers) {
        if (c.status() == CustomerStatus.CLOSED || c.status() == CustomerStatus.BLOCKED || c.blacklisting() != null) {
            return List.of();
        }
        KycLevel level = c.kyc().level();
        List<ProductSuggestion> suggestions = new ArrayList<>();
        if (!holdsOpen(accounts, p -> p == ProductType.CURRENT_ACCOUNT || p == ProductType.EKYC_PAYMENT_ACCOUNT)
                && level.allows(KycCapability.OPEN_PAYMENT_ACCOUNT)) {
            suggestions.add(new ProductSuggestion(ProductType.CURRENT_ACCOUNT.name(),
                    "no open current or payment account, and KYC level " + level + " allows one"));
        }
        if (level == KycLevel.EKYC) {
            suggestions.add(new ProductSuggestion("KYC_UPGRADE",
                    "verified by eKYC only: a STANDARD verification lifts the eKYC account limit"));
        }
        if (c.kyc().monthlyIncome() != null && !holdsOpen(accounts, p -> p == ProductType.SAVINGS_ACCOUNT)) {
            suggestions.add(new ProductSuggestion(ProductType.SAVINGS_ACCOUNT.name(),
                    "declares a monthly income of " + c.kyc().monthlyIncome() + " but holds no savings account"));
        }
        if (level.isAtLeast(KycLevel.EKYC) && bankingUsers.stream().allMatch(u -> u.status() == BankingUserStatus.CLOSED)) {
            suggestions.add(new ProductSuggestion("ONLINE_BANKING", "KYC level " + level + " allows online banking and the customer has no banking user"));
        }
        return List.copyOf(suggestions);
    }

    private static boolean holdsOpen(List<AccountState> accounts, Predicate<ProductType> product) {
        return accounts.stream().anyMatch(a -> a.status() != AccountStatus.CLOSED && product.test(a.product()));
    }

    // ---- profile completion -----------------------------------------------------------------------

    /** Twelve profile fields of equal weight, in the order missing ones are reported. */
    static ProfileCompletion profileCompletion(CustomerState c, List<Agreement> agreements, Instant now) {
        Map<String, Boolean> present = new LinkedHashMap<>();
        present.put("firstName", c.name().first() != null);
        present.put("lastName", c.name().last() != null);
        present.put("birthDate", c.birthDate() != null);
        present.put("nationalId", c.identifiers().stream().anyMatch(NationalId.class::isInstance));
        present.put("phone", c.identifiers().stream().anyMatch(PhoneNumber.class::isInstance));
        present.put("email", c.identifiers().stream().anyMatch(EmailAddress.class::isInstance));
        present.put("address", !c.addresses().isEmpty());
        present.put("kycLevel", c.kyc().level() != KycLevel.NONE);
        present.put("education", c.kyc().education() != null);
        present.put("employment", c.kyc().employment() != null);
        present.put("monthlyIncome", c.kyc().monthlyIncome() != null);
        present.put("dataProtectionConsent", agreements.stream()
                .anyMatch(a -> DATA_PROTECTION_CONSENTS.contains(a.state().type()) && a.isEffectiveAt(now)));
        List<String> missing = present.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
        int percent = (int) Math.round(100.0 * (present.size() - missing.size()) / present.size());
        return new ProfileCompletion(percent, List.copyOf(missing));
    }
}
