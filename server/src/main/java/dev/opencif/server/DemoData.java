package dev.opencif.server;

import dev.opencif.application.OpenCif;
import dev.opencif.application.port.in.customer.ConsentGrant;
import dev.opencif.application.port.in.customer.FirstAccount;
import dev.opencif.application.port.in.customer.OnboardCustomerCommand;
import dev.opencif.application.port.in.customer.OnboardingResult;
import dev.opencif.application.port.in.product.BookTransactionCommand;
import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Origin;
import dev.opencif.domain.account.AccountState;
import dev.opencif.domain.account.Asset;
import dev.opencif.domain.account.ProductType;
import dev.opencif.domain.agreement.AgreementTerms;
import dev.opencif.domain.agreement.AgreementType;
import dev.opencif.domain.customer.CounterpartyId;
import dev.opencif.domain.customer.CustomerRegistration;
import dev.opencif.domain.customer.CustomerStatus;
import dev.opencif.domain.customer.CustomerType;
import dev.opencif.domain.customer.PersonName;
import dev.opencif.domain.error.DuplicateIdentifierException;
import dev.opencif.domain.identifier.EmailAddress;
import dev.opencif.domain.identifier.Identifier;
import dev.opencif.domain.identifier.NationalId;
import dev.opencif.domain.identifier.PhoneNumber;
import dev.opencif.domain.kyc.KycLevel;
import dev.opencif.domain.kyc.KycMethod;
import dev.opencif.domain.kyc.KycProfile;
import dev.opencif.domain.shared.Channel;
import dev.opencif.domain.shared.CountryCode;
import dev.opencif.domain.transaction.Direction;
import dev.opencif.domain.transaction.Scope;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A small, clearly fictional demo data set loaded through the use cases ({@code --demo}): two customers of a demo
 * counterparty (one with an open-finance consent for the first bLink service user) and one bank customer with a
 * current account, each with three months of booked transactions (salary, card payments, transfers with fees) so that
 * balances and every customer-360 view show data. Loading twice is harmless: customers that exist already are skipped.
 */
public final class DemoData {
    /** The counterparty the demo wallet customers belong to. */
    public static final CounterpartyId DEMO_COUNTERPARTY = CounterpartyId.parse("0de30000-0000-4000-8000-000000000001");

    private DemoData() {
    }

    /** Loads what is missing; returns how many customers it created. */
    public static int load(OpenCif opencif, DialectCredentials credentials, Asset walletAsset, PrintStream out) {
        Origin origin = new Origin(Channel.EMBEDDED, "demo-data", "opencif-server");
        String blinkUser = credentials.clients(Dialect.BLINK).stream().map(ClientSecret::clientId).findFirst().orElse(null);
        int created = 0;
        created += onboard(opencif, origin, wallet("Demo", "Walletuser", "+380501234501", "demo.wallet1@example.invalid", walletAsset),
                blinkUser, out);
        created += onboard(opencif, origin, wallet("Sample", "Customer", "+380501234502", "demo.wallet2@example.invalid", walletAsset),
                null, out);
        KycProfile verified = KycProfile.none().verifiedAs(KycLevel.STANDARD, KycMethod.IN_BRANCH, Instant.parse("2024-01-01T09:00:00Z"));
        created += onboard(opencif, origin, new Registered(
                new CustomerRegistration(CustomerType.INDIVIDUAL, new PersonName("Mert", "Kurgu", null), LocalDate.of(2000, 1, 1),
                        CustomerStatus.ACTIVE, null, null, null, false, verified, List.of(
                        NationalId.turkish("10000000382"), PhoneNumber.parse("5550000382", CountryCode.TR),
                        new EmailAddress("mert.kurgu@example.invalid")), null, null, null),
                new FirstAccount(ProductType.CURRENT_ACCOUNT, Asset.currency("TRY", 2), null)), null, out);
        out.println("Demo data: " + created + " customer(s) created"
                + (created < 3 ? " (" + (3 - created) + " already present)" : "") + "; demo counterparty " + DEMO_COUNTERPARTY);
        return created;
    }

    /** Days of history booked for each demo customer. */
    static final int HISTORY_DAYS = 90;

    /**
     * Three months of plausible bookings on the customer's first account, the same for the same CIF: a monthly salary,
     * card payments, and transfers out with a fee. External references {@code demo-<cif>-<n>} keep it idempotent.
     */
    static int bookHistory(OpenCif opencif, Origin origin, long cif, AccountState account) {
        Random random = new Random(cif);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        int minor = account.asset().minorUnits();
        int booked = 0;
        for (int day = HISTORY_DAYS; day >= 1; day--) {
            Instant at = now.minus(day, ChronoUnit.DAYS).plus(random.nextInt(600), ChronoUnit.MINUTES);
            if (day % 30 == 0) {
                book(opencif, origin, cif, account, booked++, at, Direction.INCOMING, Scope.INTER,
                        amount(2400 + random.nextInt(800), minor), null, "SALARY", "BANK_TRANSFER");
            }
            if (random.nextInt(3) == 0) {
                book(opencif, origin, cif, account, booked++, at, Direction.OUTGOING, Scope.INTER,
                        amount(5 + random.nextInt(60), minor), null, "CARD", "POS");
            }
            if (day % 14 == 0) {
                book(opencif, origin, cif, account, booked++, at, Direction.OUTGOING, random.nextBoolean() ? Scope.INTER : Scope.INTRA,
                        amount(100 + random.nextInt(300), minor), amount(1, minor), "TRANSFER", "MOBILE");
            }
        }
        return booked;
    }

    private static void book(OpenCif opencif, Origin origin, long cif, AccountState account, int index, Instant at,
                            Direction direction, Scope scope, BigDecimal amount, BigDecimal fee, String indicator, String channel) {
        Asset asset = account.asset();
        opencif.bookTransaction().book(new BookTransactionCommand(origin, CustomerRef.id(account.customerId()), account.id(),
                "demo-" + cif + "-" + index, at, direction, scope, asset.amount(amount), fee == null ? null : asset.amount(fee),
                indicator, Channel.of(channel)));
    }

    private static BigDecimal amount(int units, int minorUnits) {
        return BigDecimal.valueOf(units).setScale(minorUnits);
    }

    private record Registered(CustomerRegistration registration, FirstAccount account) {
    }

    private static Registered wallet(String first, String last, String phone, String email, Asset asset) {
        List<Identifier> ids = List.of(PhoneNumber.parse(phone, CountryCode.of("UA")), new EmailAddress(email));
        CustomerRegistration registration = new CustomerRegistration(CustomerType.INDIVIDUAL, new PersonName(first, last, null),
                null, CustomerStatus.ACTIVE, null, null, DEMO_COUNTERPARTY, false, null, ids, null, null, null);
        return new Registered(registration, new FirstAccount(ProductType.EMONEY_WALLET, asset, null));
    }

    private static int onboard(OpenCif opencif, Origin origin, Registered customer, String blinkGrantee, PrintStream out) {
        List<ConsentGrant> consents = new ArrayList<>();
        if (blinkGrantee != null) {
            consents.add(new ConsentGrant(AgreementType.OPEN_FINANCE,
                    new AgreementTerms(LocalDate.of(2024, 1, 1), null, "demo", "DEMO-OF-1", null, blinkGrantee)));
        }
        try {
            OnboardingResult result = opencif.onboardCustomer().onboard(
                    new OnboardCustomerCommand(origin, customer.registration(), customer.account(), consents));
            out.println("Demo customer " + result.customer().number() + " (" + result.customer().id() + ")");
            result.firstAccount().ifPresent(account -> bookHistory(opencif, origin, result.customer().number().value(), account));
            return 1;
        } catch (DuplicateIdentifierException alreadyThere) {
            return 0;
        }
    }
}
