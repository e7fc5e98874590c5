package dev.opencif.adapter.rest.callaction;

import dev.opencif.adapter.rest.http.Decimals;
import dev.opencif.application.port.in.agreement.SaveAgreementCommand;
import dev.opencif.application.port.in.customer.AddAddressCommand;
import dev.opencif.application.port.in.customer.GetCustomerQuery;
import dev.opencif.application.port.in.customer.KycRisk;
import dev.opencif.application.port.in.customer.OnboardCustomerCommand;
import dev.opencif.application.port.in.customer.OnboardingResult;
import dev.opencif.application.port.in.customer.SaveRepresentativeCommand;
import dev.opencif.application.port.in.customer.UpdateAddressCommand;
import dev.opencif.application.port.in.customer.UpdateCustomerCommand;
import dev.opencif.application.port.in.product.SaveProductApplicationCommand;
import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Origin;
import dev.opencif.application.shared.Viewer;
import dev.opencif.domain.agreement.AgreementId;
import dev.opencif.domain.agreement.AgreementState;
import dev.opencif.domain.agreement.AgreementTerms;
import dev.opencif.domain.agreement.AgreementType;
import dev.opencif.domain.customer.Address;
import dev.opencif.domain.customer.AddressId;
import dev.opencif.domain.customer.AddressType;
import dev.opencif.domain.customer.ContactDetail;
import dev.opencif.domain.customer.ContactDetailId;
import dev.opencif.domain.customer.ContactMedium;
import dev.opencif.domain.customer.CustomerChanges;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.CustomerNumber;
import dev.opencif.domain.customer.CustomerRegistration;
import dev.opencif.domain.customer.CustomerState;
import dev.opencif.domain.customer.CustomerType;
import dev.opencif.domain.customer.PersonName;
import dev.opencif.domain.customer.RelationType;
import dev.opencif.domain.customer.Representative;
import dev.opencif.domain.customer.RepresentativeId;
import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.identifier.EmailAddress;
import dev.opencif.domain.identifier.Identifier;
import dev.opencif.domain.identifier.NationalId;
import dev.opencif.domain.identifier.PhoneNumber;
import dev.opencif.domain.kyc.KycProfile;
import dev.opencif.domain.kyc.RiskClass;
import dev.opencif.domain.product.ApplicationStatus;
import dev.opencif.domain.product.ProductApplication;
import dev.opencif.domain.shared.AssetCode;
import dev.opencif.domain.shared.Checks;
import dev.opencif.domain.shared.CountryCode;
import dev.opencif.domain.shared.CountryNames;
import dev.opencif.domain.shared.Ids;
import dev.opencif.domain.shared.Money;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The five callAction actions that write customer data, each mapped onto its use case. */
final class WriteActions {
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern ADDRESS_SUFFIX = Pattern.compile("(?i)address$");
    private static final Map<String, AddressType> ADDRESS_ALIASES = Map.of(
            "RESIDENCE", AddressType.HOME, "RESIDENTIAL", AddressType.HOME, "DOMICILE", AddressType.HOME,
            "CORRESPONDENCE", AddressType.MAILING, "LEGAL", AddressType.REGISTERED, "BUSINESS", AddressType.WORK);

    /** The seed's businessStatus is free text: common words for the statuses OpenCIF tracks. */
    private static final Map<String, ApplicationStatus> STATUS_ALIASES = Map.of(
            "PENDING", ApplicationStatus.IN_PROGRESS, "OPEN", ApplicationStatus.IN_PROGRESS, "NEW", ApplicationStatus.DRAFT,
            "ACCEPTED", ApplicationStatus.APPROVED, "DECLINED", ApplicationStatus.REJECTED,
            "CANCELED", ApplicationStatus.CANCELLED, "CLOSED", ApplicationStatus.COMPLETED);
    /** The seed's agreementType is free text: common names of the agreement kinds OpenCIF tracks. */
    private static final Map<String, AgreementType> AGREEMENT_ALIASES = Map.of(
            "GDPR", AgreementType.DATA_PROTECTION, "PRIVACY", AgreementType.DATA_PROTECTION,
            "PERSONAL_DATA", AgreementType.DATA_PROTECTION, "TERMS", AgreementType.TERMS_AND_CONDITIONS,
            "T_C", AgreementType.TERMS_AND_CONDITIONS, "CONTRACT", AgreementType.PRODUCT_CONTRACT,
            "MARKETING_CONSENT", AgreementType.MARKETING, "OPEN_BANKING", AgreementType.OPEN_FINANCE, "PSD2", AgreementType.OPEN_FINANCE);
    private final CallActionUseCases useCases;
    private final CallActionConfig config;

    WriteActions(CallActionUseCases useCases, CallActionConfig config) {
        this.useCases = useCases;
        this.config = config;
    }

    /** FTOS_ACC_CB_AddUpdateIndividualCustomer: onboard without {@code customerInternalId}, update with it. */
    ActionOutcome individualCustomer(Params data, Origin origin) {
        Params p = data.wrapper("CustomerInfo");
        CustomerId existing = p.optional("customerInternalId", v -> customerId(v));
        String first = p.required("firstName", v -> new PersonName(v, null, null).first());
        String last = p.required("lastName", v -> new PersonName(null, v, null).last());
        CountryCode idCountry = p.optional("UniqueIDCountry", v -> CountryNames.parse(v, "UniqueIDCountry"));
        String uniqueId = p.required("UniqueID");
        boolean countryRefused = idCountry == null && p.has("UniqueIDCountry");
        NationalId nationalId = uniqueId == null || countryRefused ? null : nationalId(p, uniqueId, idCountry);
        EmailAddress email = p.required("email", EmailAddress::new);
        PhoneNumber phone = p.required("mobilePhone", v -> PhoneNumber.parse(v, config.defaultPhoneRegion()));
        String emailType = p.optional("emailAddressType", v -> Checks.optionalText(v, "emailAddressType", 32));
        String phoneType = p.optional("phoneNumberType", v -> Checks.optionalText(v, "phoneNumberType", 32));
        KycRisk risk = new KycRisk(p.optional("isPEP", WriteActions::bool),
                p.optional("riskClass", v -> Params.enumValue(RiskClass.class, v, Map.of())),
                p.optional("sourceOfWealth", v -> Checks.text(v, "sourceOfWealth", 200)));
        URI picture = p.optional("pictureUrl", WriteActions::absoluteUrl);
        if (existing == null && p.has("pictureUrl")) {
            p.fail("pictureUrl", "is set on an existing customer: send it with customerInternalId");
        }
        p.check();
        List<Identifier> identifiers = List.of(nationalId, phone, email);
        if (existing == null) {
            List<ContactDetail> contacts = new ArrayList<>();
            if (emailType != null) {
                contacts.add(new ContactDetail(ContactDetailId.random(), ContactMedium.EMAIL, emailType, email.value(), null));
            }
            if (phoneType != null) {
                contacts.add(new ContactDetail(ContactDetailId.random(), ContactMedium.MOBILE, phoneType, phone.value(), null));
            }
            CustomerRegistration registration = new CustomerRegistration(CustomerType.INDIVIDUAL,
                    new PersonName(first, last, null), null, null, null, null, null, false,
                    risk.isEmpty() ? null : risk.applyTo(KycProfile.none()), identifiers, contacts, null, null);
            OnboardingResult result = useCases.onboardCustomer().onboard(
                    new OnboardCustomerCommand(origin, registration, null, List.of()));
            return new ActionOutcome("Customer created",
                    new CallActionData.CustomerSaved(result.customer().id().toString(), result.customer().number().toString()));
        }
        CustomerRef ref = CustomerRef.id(existing);
        CustomerState current = useCases.getCustomer().get(new GetCustomerQuery(ref, Viewer.bank()));
        CustomerChanges changes = CustomerChanges.none()
                .withName(new PersonName(first, last, current.name().middle()))
                .withIdentifiers(identifiers);
        if (picture != null) {
            changes = changes.withPicture(Optional.of(picture));
        }
        CustomerState updated = useCases.updateCustomer().update(
                new UpdateCustomerCommand(origin, ref, Viewer.bank(), null, changes, null, null, risk));
        return new ActionOutcome("Customer updated",
                new CallActionData.CustomerSaved(updated.id().toString(), updated.number().toString()));
    }

    /**
     * The national id a {@code UniqueID} is: of {@code UniqueIDCountry} when sent; otherwise of the country its form
     * shows (11 digits Turkey, 12 or 9 digits Vietnam, 13 digits Romania), else of the configured default country
     * ({@code CallActionConfig.defaultIdCountry}, RO). Each country's own rule then applies (TCKN and CNP check digits).
     */
    private NationalId nationalId(Params p, String value, CountryCode country) {
        String compact = value.replace(" ", "");
        CountryCode issuer = country != null ? country : countryByForm(compact);
        return p.value("UniqueID", () -> NationalId.of(issuer, compact));
    }

    private CountryCode countryByForm(String compact) {
        if (!DIGITS.matcher(compact).matches()) {
            return config.defaultIdCountry();
        }
        return switch (compact.length()) {
            case 11 -> CountryCode.TR;
            case 9, 12 -> CountryCode.VN;
            case 13 -> CountryCode.of("RO");
            default -> config.defaultIdCountry();
        };
    }

    /** FTOS_ACC_CB_AddUpdateCustomerAddress: add without {@code addressIdentifier}, replace with it. */
    ActionOutcome customerAddress(Params data, Origin origin) {
        Params p = data.wrapper("AddressInfo");
        AddressId addressId = p.optional("addressIdentifier", v -> new AddressId(Ids.parseUuid(v, "addressIdentifier")));
        CustomerId customer = p.required("customerInternalId", v -> customerId(v));
        AddressType type = p.required("addressType", v -> Params.enumValue(AddressType.class, ADDRESS_SUFFIX.matcher(v).replaceAll(""), ADDRESS_ALIASES));
        CountryCode country = p.required("country", v -> CountryNames.parse(v, "country"));
        String district = p.required("district", v -> Checks.text(v, "district", 100));
        String city = p.required("city", v -> Checks.text(v, "city", 100));
        String streetName = p.required("streetName", v -> Checks.text(v, "streetName", 200));
        String streetNo = p.required("streetNo", v -> Checks.text(v, "streetNo", 32));
        String buildingNo = p.optional("buildingNo", v -> Checks.text(v, "buildingNo", 64));
        String floorNo = p.optional("floorNo", v -> Checks.text(v, "floorNo", 16));
        String apartmentNo = p.optional("apartmentNo", v -> Checks.text(v, "apartmentNo", 32));
        String postalCode = p.required("postalCode", v -> Checks.text(v, "postalCode", 16));
        p.check();
        boolean update = addressId != null;
        Address address = new Address(update ? addressId : AddressId.random(), type, country, city, district, null,
                streetName, streetNo, buildingNo, floorNo, apartmentNo, postalCode, null, null);
        CustomerRef ref = CustomerRef.id(customer);
        Address saved = update
                ? useCases.updateAddress().update(new UpdateAddressCommand(origin, ref, Viewer.bank(), address))
                : useCases.addAddress().add(new AddAddressCommand(origin, ref, Viewer.bank(), address));
        return new ActionOutcome(update ? "Address updated" : "Address added",
                new CallActionData.AddressSaved(saved.id().toString(), customer.toString()));
    }

    /**
     * FTOS_ACC_CB_AddUpdateCustomerRepresentative. {@code customerRepresentativeNo} is the representative's own
     * customer record (internal id or CIF). OpenCIF keeps a representative under its customer, so
     * {@code customerInternalId}, optional in the seed, is needed to find it.
     */
    ActionOutcome customerRepresentative(Params data, Origin origin) {
        Params p = data.wrapper("CustomerRepresentativeInfo");
        CustomerId customer = p.optional("customerInternalId", v -> customerId(v));
        RepresentativeId representativeId = p.optional("customerRepresentativeIdentifier",
                v -> new RepresentativeId(Ids.parseUuid(v, "customerRepresentativeIdentifier")));
        CustomerRef person = p.required("customerRepresentativeNo", WriteActions::personRef);
        RelationType relation = p.required("accountRelationType", v -> Params.enumValue(RelationType.class, v, Map.of()));
        if (customer == null && !p.has("customerInternalId")) {
            p.fail("customerInternalId", "is required: OpenCIF stores a representative under the customer it acts for");
        }
        p.check();
        Representative saved = useCases.saveRepresentative().save(
                new SaveRepresentativeCommand(origin, CustomerRef.id(customer), representativeId, person, relation));
        return new ActionOutcome(representativeId == null ? "Representative added" : "Representative updated",
                new CallActionData.RepresentativeSaved(saved.id().toString(), customer.toString(), saved.person().toString(),
                        saved.relation().name()));
    }

    /** FTOS_ACC_CreateUpdateApplication: created, or updated when the customer has one with this {@code externalId}. */
    ActionOutcome application(Params p, Origin origin) {
        CustomerId customer = p.required("customerInternalId", v -> customerId(v));
        URI url = p.required("url", WriteActions::absoluteUrl);
        String name = p.required("name", v -> Checks.text(v, "name", 200));
        String product = p.required("bankingProduct", v -> Checks.text(v, "bankingProduct", 100));
        String source = p.required("source", v -> Checks.text(v, "source", 100));
        ApplicationStatus status = p.required("businessStatus", v -> Params.enumValue(ApplicationStatus.class, v, STATUS_ALIASES));
        String externalId = p.required("externalId", v -> Checks.text(v, "externalId", 100));
        AssetCode currency = p.optional("currency", v -> AssetCode.of(v.toUpperCase(java.util.Locale.ROOT)));
        String amountText = p.optional("amount");
        Money amount = amountText == null ? null
                : p.value("amount", () -> money(amountText, currency == null ? config.defaultCurrency() : currency));
        p.check();
        ProductApplication saved = useCases.saveProductApplication().save(new SaveProductApplicationCommand(origin,
                CustomerRef.id(customer), externalId, name, product, url, source, status, amount));
        return new ActionOutcome("Application saved", new CallActionData.ApplicationSaved(saved.id().toString(),
                customer.toString(), saved.externalId(), saved.status().name()));
    }

    /**
     * FTOS_ACC_AddUpdateCustomerAgreement: created without {@code AgreementId}, updated with it. The optional
     * {@code grantee} (an OpenCIF addition) names the open-finance service user an OPEN_FINANCE consent is for.
     */
    ActionOutcome agreement(Params p, Origin origin) {
        CustomerId customer = p.required("customerInternalId", v -> customerId(v));
        AgreementType type = p.required("agreementType", v -> Params.enumValue(AgreementType.class, v, AGREEMENT_ALIASES));
        LocalDate start = p.required("startDate", v -> date(v));
        LocalDate end = p.optional("endDate", v -> date(v));
        String source = p.required("sourceId", v -> Checks.text(v, "sourceId", 100));
        String contractNo = p.optional("contractNo", v -> Checks.text(v, "contractNo", 64));
        AgreementId agreementId = p.optional("AgreementId", v -> new AgreementId(Ids.parseUuid(v, "AgreementId")));
        String externalId = p.optional("externalId", v -> Checks.text(v, "externalId", 100));
        String grantee = p.optional("grantee", v -> Checks.text(v, "grantee", 100));
        AgreementTerms terms = start == null || source == null ? null
                : p.value("endDate", () -> new AgreementTerms(start, end, source, contractNo, externalId, grantee));
        p.check();
        AgreementState saved = useCases.saveAgreement().save(
                new SaveAgreementCommand(origin, CustomerRef.id(customer), agreementId, type, terms));
        return new ActionOutcome(agreementId == null ? "Agreement created" : "Agreement updated",
                new CallActionData.AgreementSaved(saved.id().toString(), customer.toString(), saved.type().name(),
                        saved.status().name()));
    }

    static CustomerId customerId(String value) {
        return new CustomerId(Ids.parseUuid(value, "customerInternalId"));
    }

    static LocalDate date(String value) {
        return Params.date(value);
    }

    private static CustomerRef personRef(String value) {
        if (DIGITS.matcher(value).matches()) {
            return CustomerRef.number(CustomerNumber.parse(value));
        }
        try {
            return CustomerRef.id(customerId(value));
        } catch (ValidationException e) {
            throw ValidationException.of("customerRepresentativeNo", "must be the representative's customer internal id (a UUID) or CIF (digits)");
        }
    }

    private static Boolean bool(String value) {
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ValidationException.of("value", "must be true or false");
        };
    }

    private static URI absoluteUrl(String value) {
        try {
            URI uri = new URI(value);
            Checks.that(uri.isAbsolute(), "url", "must be an absolute URL such as https://apply.example.com/a/1");
            return uri;
        } catch (URISyntaxException e) {
            throw ValidationException.of("url", "must be an absolute URL such as https://apply.example.com/a/1");
        }
    }

    /** An exact amount at the currency's minor units (ISO 4217 digits, 2 for other codes); positive. */
    private static Money money(String text, AssetCode currency) {
        BigDecimal value = Decimals.parse("amount", text, "must be a decimal number such as 1500.00");
        Checks.that(value.signum() > 0, "amount", "must be positive");
        int digits = 2;
        try {
            digits = Math.max(0, Currency.getInstance(currency.value()).getDefaultFractionDigits());
        } catch (IllegalArgumentException e) {
            digits = 2;
        }
        return new Money(value, currency, digits);
    }
}
