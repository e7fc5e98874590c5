package dev.opencif.benchmarks;

import dev.opencif.application.port.in.customer.ConsentGrant;
import dev.opencif.application.port.in.customer.FirstAccount;
import dev.opencif.application.port.in.customer.OnboardCustomerCommand;
import dev.opencif.application.shared.Origin;
import dev.opencif.domain.account.Asset;
import dev.opencif.domain.account.ProductType;
import dev.opencif.domain.agreement.AgreementTerms;
import dev.opencif.domain.agreement.AgreementType;
import dev.opencif.domain.customer.CustomerRegistration;
import dev.opencif.domain.customer.CustomerStatus;
import dev.opencif.domain.customer.CustomerType;
import dev.opencif.domain.customer.PersonName;
import dev.opencif.domain.identifier.EmailAddress;
import dev.opencif.domain.identifier.NationalId;
import dev.opencif.domain.identifier.PhoneNumber;
import dev.opencif.domain.kyc.KycLevel;
import dev.opencif.domain.kyc.KycMethod;
import dev.opencif.domain.kyc.KycProfile;
import dev.opencif.domain.shared.Channel;
import dev.opencif.testkit.builder.UniqueValues;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** The customer both sides of the onboarding benchmarks register: a name, TCKN, phone, e-mail, a EUR account, a consent. */
public final class Samples {
    private static final AtomicLong EMAIL = new AtomicLong();
    public static final Asset EUR = Asset.currency("EUR", 2);

    private Samples() {
    }

    /** A person never returned before in this JVM (unique TCKN, phone and e-mail). */
    public static PlainJdbc.Person person() {
        long n = EMAIL.incrementAndGet();
        return new PlainJdbc.Person("Ayşe", "Yılmaz-" + (n % 5000), LocalDate.of(1990, 5, 17), UniqueValues.tckn(),
                UniqueValues.phone().value(), "person" + n + "@mail.example", null, null);
    }

    /** The facade's command for the same person: identifiers, verified KYC, first current account and a consent. */
    public static OnboardCustomerCommand command(PlainJdbc.Person p) {
        CustomerRegistration registration = new CustomerRegistration(CustomerType.INDIVIDUAL,
                new PersonName(p.firstName(), p.lastName(), null), p.birthDate(), CustomerStatus.ACTIVE, null, null, null,
                false, KycProfile.none().verifiedAs(KycLevel.STANDARD, KycMethod.IN_BRANCH, Instant.now()),
                List.of(NationalId.turkish(p.tckn()), new PhoneNumber(p.phone()), new EmailAddress(p.email())),
                null, null, null);
        return new OnboardCustomerCommand(Origin.of(Channel.EMBEDDED), registration,
                new FirstAccount(ProductType.CURRENT_ACCOUNT, EUR, null),
                List.of(new ConsentGrant(AgreementType.DATA_PROTECTION,
                        new AgreementTerms(LocalDate.now(ZoneOffset.UTC), null, "branch-form", null, null, null))));
    }
}
