package dev.opencif.adapter.esb.accountservice;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/** The JSON shapes of the ESB accountService envelope: the header, each operation's data and each answer. */
final class EsbDtos {
    private EsbDtos() {
    }

    // ---- envelope ------------------------------------------------------------------------------------

    record RequestHeader(String requestId, String channel, String clientId, String clientSecret, String requestTime) {
        /** Never prints the client secret. */
        @Override
        public String toString() {
            return "RequestHeader[requestId=" + requestId + ", channel=" + channel + ", clientId=" + clientId
                    + ", clientSecret=" + (clientSecret == null ? "null" : "***") + ", requestTime=" + requestTime + "]";
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ResponseHeader(String requestId, String channel, String clientId, String requestTime, String responseTime,
                          String resultCode, String resultMessage, String errorCode, String rule, List<FieldErrorDto> errors) {
    }

    record FieldErrorDto(String field, String message) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Envelope(ResponseHeader header, Object data) {
    }

    // ---- requests (data) -----------------------------------------------------------------------------

    record CifData(String cif) {
    }

    record AccountListData(String cif, Boolean allProducts) {
    }

    record OpenAccountData(String cif, String currency) {
    }

    record NiceSearchData(String patternType, String pattern, String minTier, Integer limit) {
    }

    record NiceHoldData(String cif, String accountNo, String action, Integer holdMinutes) {
    }

    record NiceOpenData(String cif, String accountNo, String currency) {
    }

    record UserData(String cif, String username) {
    }

    record EkycLimitData(String cif, BigDecimal limit, String currency) {
    }

    record BlacklistData(String cif, String action, String reason) {
    }

    record ConsentData(String cif, Boolean agreed) {
    }

    record EkycCheckData(String cif, String legalId, String legalIdType, String issuingCountry, String phoneNumber) {
    }

    record UsernameData(String username) {
    }

    record LegalIdData(String legalId, String legalIdType, String issuingCountry) {
    }

    record PhoneData(String phoneNumber) {
    }

    record UserStatusData(String cif, String username, String action, String reason) {
    }

    record AddressData(String addressType, String country, String city, String town, String district, String street,
                       String detail) {
    }

    record EkycAccountData(String legalId, String legalIdType, String issuingCountry, String firstName, String middleName,
                           String lastName, String birthDate, String phoneNumber, String email, String username,
                           String currency, String ekycVerifiedAt, AddressData address) {
    }

    // ---- answers (data) ------------------------------------------------------------------------------

    record AccountDto(String accountNo, String productType, String currency, BigDecimal balance, String accountStatus,
                      String openedAt) {
    }

    record AccountListResult(String cif, List<AccountDto> accounts) {
    }

    record OpenedAccountResult(String cif, String accountNo, String productType, String currency, String accountStatus,
                               String openedAt) {
    }

    record NiceNumberDto(String accountNo, String tier) {
    }

    record NiceSearchResult(String patternType, String pattern, List<NiceNumberDto> numbers) {
    }

    record HoldResult(String cif, String accountNo, String holdStatus, String heldAt, String expiresAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AddressDto(String addressType, String country, String city, String town, String district, String street,
                      String detail) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CustomerInfoResult(String cif, String fullName, String firstName, String middleName, String lastName,
                              String birthDate, String phoneNumber, String email, String customerStatus, String kycLevel,
                              List<AddressDto> addresses) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CustomerResult(String cif, String customerId, String customerType, String fullName, String firstName,
                          String middleName, String lastName, String birthDate, String legalId, String legalIdType,
                          String legalIdCountry, String phoneNumber, String email, String customerStatus, String kycLevel,
                          BigDecimal ekycLimit, String branch, String segment, boolean blacklisted,
                          List<AddressDto> addresses, String createdAt, String updatedAt) {
    }

    record EkycLimitResult(String cif, String kycLevel, BigDecimal ekycLimit, String currency) {
    }

    record AccountStatusDto(String accountNo, String accountStatus) {
    }

    record UserStatusDto(String username, String userStatus) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BlacklistResult(String cif, String action, String customerStatus, boolean blacklisted, String reason,
                           List<AccountStatusDto> accounts, List<UserStatusDto> users) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ConsentResult(String cif, String agreementType, String agreementStatus, String grantedAt, String revokedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EkycCheckResult(boolean exists, boolean ekycCompleted, String kycLevel, String verifiedAt) {
    }

    record UsernameCheckResult(String username, boolean exists) {
    }

    record LegalIdCheckResult(String legalId, String legalIdType, boolean exists) {
    }

    record PhoneCheckResult(String phoneNumber, boolean exists) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BankingUserResult(String cif, String username, String userStatus, int failedAttempts, String lockReason,
                             String updatedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record UserInfoResult(String cif, String username, String userStatus, int failedAttempts, String lockReason,
                          String fullName, String phoneNumber, String email, String createdAt, String updatedAt) {
    }

    record EkycAccountResult(String cif, String customerStatus, String kycLevel, String accountNo, String productType,
                             String currency, String username, String userStatus) {
    }
}
