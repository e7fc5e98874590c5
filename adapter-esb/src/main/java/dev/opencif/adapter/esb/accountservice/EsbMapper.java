package dev.opencif.adapter.esb.accountservice;

import dev.opencif.adapter.esb.accountservice.EsbDtos.AccountDto;
import dev.opencif.adapter.esb.accountservice.EsbDtos.AddressDto;
import dev.opencif.application.port.in.banking.BankingUserView;
import dev.opencif.domain.account.AccountState;
import dev.opencif.domain.agreement.AgreementState;
import dev.opencif.domain.banking.BankingUserState;
import dev.opencif.domain.customer.Address;
import dev.opencif.domain.customer.CustomerState;
import dev.opencif.domain.identifier.EmailAddress;
import dev.opencif.domain.identifier.Identifier;
import dev.opencif.domain.identifier.NationalId;
import dev.opencif.domain.identifier.NationalIdKind;
import dev.opencif.domain.identifier.PhoneNumber;
import dev.opencif.domain.nicenumber.NiceNumberHold;
import dev.opencif.domain.shared.CountryCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Domain state to the ESB's answer shapes (field names of the bus: cif, accountNo, legalId, phoneNumber, username). */
final class EsbMapper {
    private EsbMapper() {
    }

    static AccountDto account(AccountState a) {
        return new AccountDto(a.number().value(), a.product().name(), a.asset().code().value(), a.balance().amount(),
                a.status().name(), time(a.openedAt()));
    }

    static EsbDtos.OpenedAccountResult opened(String cif, AccountState a) {
        return new EsbDtos.OpenedAccountResult(cif, a.number().value(), a.product().name(), a.asset().code().value(),
                a.status().name(), time(a.openedAt()));
    }

    static EsbDtos.HoldResult hold(String cif, NiceNumberHold hold) {
        return new EsbDtos.HoldResult(cif, hold.number().value(), hold.status().name(), time(hold.heldAt()), time(hold.expiresAt()));
    }

    static EsbDtos.CustomerInfoResult customerInfo(CustomerState c) {
        return new EsbDtos.CustomerInfoResult(c.number().toString(), fullName(c), c.name().first(),
                c.name().middle(), c.name().last(), date(c.birthDate()), phone(c), email(c), c.status().name(),
                c.kyc().level().name(), addresses(c));
    }

    static EsbDtos.CustomerResult customer(CustomerState c) {
        Optional<NationalId> legalId = first(c, NationalId.class);
        return new EsbDtos.CustomerResult(c.number().toString(), c.id().toString(), c.type().name(),
                fullName(c), c.name().first(), c.name().middle(), c.name().last(), date(c.birthDate()),
                legalId.map(NationalId::value).orElse(null), legalId.map(id -> legalIdType(id.kind())).orElse(null),
                legalId.map(id -> id.country().value()).orElse(null), phone(c), email(c), c.status().name(),
                c.kyc().level().name(), c.kyc().accountLimit() == null ? null : c.kyc().accountLimit().amount(),
                c.branch() == null ? null : c.branch().value(), c.segment() == null ? null : c.segment().value(),
                c.blacklisting() != null, addresses(c), time(c.createdAt()), time(c.updatedAt()));
    }

    static EsbDtos.ConsentResult consent(String cif, AgreementState a) {
        return new EsbDtos.ConsentResult(cif, a.type().name(), a.status().name(), time(a.grantedAt()), time(a.revokedAt()));
    }

    static EsbDtos.BankingUserResult bankingUser(String cif, BankingUserState u) {
        return new EsbDtos.BankingUserResult(cif, u.username().value(), u.status().name(), u.failedAttempts(), u.lockReason(),
                time(u.updatedAt()));
    }

    static EsbDtos.UserInfoResult userInfo(BankingUserView view) {
        BankingUserState u = view.user();
        CustomerState c = view.customer();
        return new EsbDtos.UserInfoResult(c.number().toString(), u.username().value(), u.status().name(), u.failedAttempts(),
                u.lockReason(), fullName(c), phone(c), email(c), time(u.createdAt()), time(u.updatedAt()));
    }

    static String legalIdType(NationalIdKind kind) {
        return switch (kind) {
            case VN_CCCD -> "CCCD";
            case VN_CMND -> "CMND";
            case TR_TCKN -> "TCKN";
            case RO_CNP -> "CNP";
            case NATIONAL -> "NATIONAL_ID";
            case PASSPORT -> "PASSPORT";
        };
    }

    static List<AddressDto> addresses(CustomerState c) {
        return c.addresses().stream().map(EsbMapper::address).toList();
    }

    private static AddressDto address(Address a) {
        return new AddressDto(a.type().name(), a.country().value(), a.city(), a.town(), a.district(), a.streetName(), a.detail());
    }

    /**
     * The name as the customer's country writes it: family name first for Vietnamese customers (Trần Thị Lan),
     * given name first otherwise (Elif Demir).
     */
    static String fullName(CustomerState c) {
        boolean vietnamese = first(c, NationalId.class).map(id -> id.country().equals(CountryCode.VN)).orElse(false);
        String name = vietnamese ? join(c.name().last(), c.name().middle(), c.name().first()) : c.name().fullName();
        return blankToNull(name);
    }

    private static String join(String... parts) {
        return java.util.Arrays.stream(parts).filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.joining(" "));
    }

    private static String phone(CustomerState c) {
        return first(c, PhoneNumber.class).map(PhoneNumber::value).orElse(null);
    }

    private static String email(CustomerState c) {
        return first(c, EmailAddress.class).map(EmailAddress::value).orElse(null);
    }

    private static <T extends Identifier> Optional<T> first(CustomerState c, Class<T> type) {
        for (Identifier identifier : c.identifiers()) {
            if (type.isInstance(identifier)) {
                return Optional.of(type.cast(identifier));
            }
        }
        return Optional.empty();
    }

    static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
