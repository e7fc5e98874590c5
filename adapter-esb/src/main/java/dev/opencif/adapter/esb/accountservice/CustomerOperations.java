package dev.opencif.adapter.esb.accountservice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opencif.application.port.in.agreement.UpdateConsentCommand;
import dev.opencif.application.port.in.banking.EkycComboResult;
import dev.opencif.application.port.in.banking.OpenEkycComboCommand;
import dev.opencif.application.port.in.customer.BlacklistCustomerCommand;
import dev.opencif.application.port.in.customer.CheckEkycStatusQuery;
import dev.opencif.application.port.in.customer.CheckIdentifierQuery;
import dev.opencif.application.port.in.customer.EkycStatus;
import dev.opencif.application.port.in.customer.GetCustomerQuery;
import dev.opencif.application.port.in.customer.LiftBlacklistCommand;
import dev.opencif.application.port.in.customer.UpdateEkycLimitCommand;
import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Origin;
import dev.opencif.application.shared.Viewer;
import dev.opencif.dialect.json.ValueFields;
import dev.opencif.domain.account.AccountState;
import dev.opencif.domain.account.Asset;
import dev.opencif.domain.agreement.AgreementType;
import dev.opencif.domain.customer.Address;
import dev.opencif.domain.customer.CustomerNumber;
import dev.opencif.domain.customer.CustomerRegistration;
import dev.opencif.domain.customer.CustomerState;
import dev.opencif.domain.customer.CustomerStatus;
import dev.opencif.domain.customer.CustomerType;
import dev.opencif.domain.customer.PersonName;
import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.identifier.BankingUsername;
import dev.opencif.domain.identifier.EmailAddress;
import dev.opencif.domain.identifier.Identifier;
import dev.opencif.domain.identifier.NationalId;
import dev.opencif.domain.identifier.PhoneNumber;
import dev.opencif.domain.kyc.KycLevel;
import dev.opencif.domain.kyc.KycMethod;
import dev.opencif.domain.kyc.KycProfile;
import dev.opencif.domain.shared.Checks;
import dev.opencif.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The customer operations: reads, eKYC limit and checks, blacklist, consent, identifier checks and the eKYC combo. */
final class CustomerOperations {
    private final AccountServiceUseCases useCases;
    private final EsbFields fields;

    CustomerOperations(AccountServiceUseCases useCases, EsbFields fields) {
        this.useCases = Objects.requireNonNull(useCases, "useCases");
        this.fields = Objects.requireNonNull(fields, "fields");
    }

    /** The operations of this group by name. */
    Map<String, EsbOperation> operations() {
        Map<String, EsbOperation> operations = new LinkedHashMap<>();
        operations.put("get-customer-info", this::getCustomerInfo);
        operations.put("updateEkycLimit", this::updateEkycLimit);
        operations.put("update-blacklist-customer", this::updateBlacklistCustomer);
        operations.put("update-protect-agreement", this::updateProtectAgreement);
        operations.put("valid-ekyc-customer", this::validEkycCustomer);
        operations.put("valid-legal-id", this::validLegalId);
        operations.put("valid-phone-number", this::validPhoneNumber);
        operations.put("get-customer-by-id", this::getCustomerById);
        operations.put("create-ekyc-account", this::createEkycAccount);
        return operations;
    }

    private Object getCustomerInfo(JsonNode node, Origin origin) {
        EsbDtos.CifData d = fields.data(node, EsbDtos.CifData.class);
        return EsbMapper.customerInfo(customer(fields.cif(d.cif())));
    }

    private Object getCustomerById(JsonNode node, Origin origin) {
        EsbDtos.CifData d = fields.data(node, EsbDtos.CifData.class);
        return EsbMapper.customer(customer(fields.cif(d.cif())));
    }

    private Object updateEkycLimit(JsonNode node, Origin origin) {
        EsbDtos.EkycLimitData d = fields.data(node, EsbDtos.EkycLimitData.class);
        CustomerNumber cif = fields.cif(d.cif());
        BigDecimal amount = ValueFields.decimal(ValueFields.required(d.limit(), "data.limit"), "data.limit");
        Checks.that(amount.signum() > 0, "data.limit", "must be positive");
        Asset asset = fields.asset(d.currency());
        Money limit = ValueFields.parse("data.limit", () -> asset.amount(amount));
        CustomerState customer = useCases.updateEkycLimit().update(new UpdateEkycLimitCommand(origin, CustomerRef.number(cif), limit));
        Money stored = customer.kyc().accountLimit();
        return new EsbDtos.EkycLimitResult(cif.toString(), customer.kyc().level().name(), stored.amount(), stored.currency().value());
    }

    private Object updateBlacklistCustomer(JsonNode node, Origin origin) {
        EsbDtos.BlacklistData d = fields.data(node, EsbDtos.BlacklistData.class);
        CustomerNumber cif = fields.cif(d.cif());
        String action = fields.oneOf(ValueFields.required(d.action(), "data.action"), "data.action", "BLOCK", "UNBLOCK");
        dev.opencif.application.port.in.customer.BlacklistResult result;
        if (action.equals("BLOCK")) {
            String reason = Checks.text(ValueFields.required(d.reason(), "data.reason"), "data.reason", 400);
            result = useCases.blacklistCustomer().blacklist(new BlacklistCustomerCommand(origin, CustomerRef.number(cif), reason));
        } else {
            result = useCases.liftBlacklist().lift(new LiftBlacklistCommand(origin, CustomerRef.number(cif)));
        }
        CustomerState customer = result.customer();
        return new EsbDtos.BlacklistResult(cif.toString(), action, customer.status().name(), customer.blacklisting() != null,
                customer.blacklisting() == null ? null : customer.blacklisting().reason(),
                result.accounts().stream().map(a -> new EsbDtos.AccountStatusDto(a.number().value(), a.status().name())).toList(),
                result.bankingUsers().stream().map(u -> new EsbDtos.UserStatusDto(u.username().value(), u.status().name())).toList());
    }

    private Object updateProtectAgreement(JsonNode node, Origin origin) {
        EsbDtos.ConsentData d = fields.data(node, EsbDtos.ConsentData.class);
        CustomerNumber cif = fields.cif(d.cif());
        boolean agreed = ValueFields.required(d.agreed(), "data.agreed");
        return EsbMapper.consent(cif.toString(), useCases.updateConsent().update(
                new UpdateConsentCommand(origin, CustomerRef.number(cif), AgreementType.DATA_PROTECTION, agreed)));
    }

    private Object validEkycCustomer(JsonNode node, Origin origin) {
        EsbDtos.EkycCheckData d = fields.data(node, EsbDtos.EkycCheckData.class);
        int given = (fields.isBlank(d.cif()) ? 0 : 1) + (fields.isBlank(d.legalId()) ? 0 : 1) + (fields.isBlank(d.phoneNumber()) ? 0 : 1);
        if (given != 1) {
            throw ValidationException.of("data", "give exactly one of cif, legalId or phoneNumber");
        }
        CustomerRef ref;
        if (!fields.isBlank(d.cif())) {
            ref = CustomerRef.number(fields.cif(d.cif()));
        } else if (!fields.isBlank(d.legalId())) {
            ref = CustomerRef.identifier(fields.nationalId(d.legalId(), d.legalIdType(), d.issuingCountry()));
        } else {
            ref = CustomerRef.identifier(fields.phone(d.phoneNumber()));
        }
        EkycStatus status = useCases.checkEkycStatus().check(new CheckEkycStatusQuery(ref));
        return new EsbDtos.EkycCheckResult(status.customerExists(), status.ekycCompleted(),
                status.level() == null ? null : status.level().name(), EsbMapper.time(status.verifiedAt()));
    }

    private Object validLegalId(JsonNode node, Origin origin) {
        EsbDtos.LegalIdData d = fields.data(node, EsbDtos.LegalIdData.class);
        NationalId id = fields.nationalId(d.legalId(), d.legalIdType(), d.issuingCountry());
        return new EsbDtos.LegalIdCheckResult(id.value(), EsbMapper.legalIdType(id.kind()), inUse(id));
    }

    private Object validPhoneNumber(JsonNode node, Origin origin) {
        EsbDtos.PhoneData d = fields.data(node, EsbDtos.PhoneData.class);
        PhoneNumber phone = fields.phone(d.phoneNumber());
        return new EsbDtos.PhoneCheckResult(phone.value(), inUse(phone));
    }

    private Object createEkycAccount(JsonNode node, Origin origin) {
        EsbDtos.EkycAccountData d = fields.data(node, EsbDtos.EkycAccountData.class);
        NationalId legalId = fields.nationalId(d.legalId(), d.legalIdType(), d.issuingCountry());
        String first = ValueFields.required(d.firstName(), "data.firstName");
        String last = ValueFields.required(d.lastName(), "data.lastName");
        PersonName name = new PersonName(first, last, d.middleName());
        LocalDate birthDate = fields.date(ValueFields.required(d.birthDate(), "data.birthDate"), "data.birthDate");
        PhoneNumber phone = fields.phone(d.phoneNumber());
        BankingUsername username = fields.username(d.username());
        Asset asset = fields.asset(d.currency());
        Instant now = fields.config().clock().instant();
        Instant verifiedAt = d.ekycVerifiedAt() == null ? now : fields.instant(d.ekycVerifiedAt(), "data.ekycVerifiedAt");
        Checks.that(!verifiedAt.isAfter(now), "data.ekycVerifiedAt", "must not be in the future");
        List<Identifier> identifiers = new ArrayList<>(List.of(legalId, phone));
        if (!fields.isBlank(d.email())) {
            identifiers.add(ValueFields.parse("data.email", () -> new EmailAddress(d.email())));
        }
        List<Address> addresses = d.address() == null ? List.of() : List.of(fields.address(d.address()));
        KycProfile kyc = KycProfile.none().verifiedAs(KycLevel.EKYC, KycMethod.EKYC, verifiedAt);
        CustomerRegistration registration = new CustomerRegistration(CustomerType.INDIVIDUAL, name, birthDate,
                CustomerStatus.ACTIVE, null, null, null, false, kyc, identifiers, null, addresses, null);
        EkycComboResult result = useCases.openEkycAccountCombo().open(new OpenEkycComboCommand(origin, registration, asset, username));
        CustomerState customer = result.customer();
        AccountState account = result.account();
        return new EsbDtos.EkycAccountResult(customer.number().toString(), customer.status().name(), customer.kyc().level().name(),
                account.number().value(), account.product().name(), account.asset().code().value(),
                result.bankingUser().username().value(), result.bankingUser().status().name());
    }

    private CustomerState customer(CustomerNumber cif) {
        return useCases.getCustomer().get(new GetCustomerQuery(CustomerRef.number(cif), Viewer.bank()));
    }

    private boolean inUse(Identifier identifier) {
        return useCases.checkIdentifierAvailability().check(new CheckIdentifierQuery(identifier, null)).inUse();
    }
}
