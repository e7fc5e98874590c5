package dev.opencif.adapter.rest.counterparty;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/** The snake_case request and response bodies of the counterparty dialect, field for field as in the seed. */
final class CounterpartyDto {
    private CounterpartyDto() {
    }

    record CreateCustomerRequest(
            String assetCode,
            String assetIssuer,
            BigDecimal balanceAllowed,
            String balanceAssetCode,
            String balanceAssetIssuer,
            String branchGuid,
            String iban,
            @JsonProperty("is_disabled") Boolean isDisabled,
            Integer kycLevel,
            String login,
            String name,
            String paternalName,
            String phoneNumber,
            String segment,
            String status,
            String surname) {
    }

    /** The seed sends only {@code iban}; {@code asset_code} and {@code asset_issuer} are OpenCIF's optional additions. */
    record CreateAccountRequest(String iban, String assetCode, String assetIssuer) {
    }

    /** The seed's nullable wrapper ({@code {"valid":bool,"value":"…"}}): {@code valid=false} clears the value. */
    record NullableString(Boolean valid, String value) {
    }

    record UpdateCustomerRequest(
            BigDecimal balanceAllowed,
            String balanceAssetCode,
            String balanceAssetIssuer,
            NullableString branchGuid,
            @JsonProperty("is_disabled") Boolean isDisabled,
            Integer kycLevel,
            String name,
            String paternalName,
            String phoneNumber,
            String segment,
            String status,
            String surname,
            String walletUserGuid) {
    }

    record AssetDto(
            boolean activated,
            BigDecimal balance,
            String platform,
            String code,
            String name,
            String stellarCode,
            String stellarIssuer,
            int minorUnit) {
    }

    record AccountDto(
            String platform,
            String type,
            String guid,
            String walletAccountGuid,
            String name,
            int assetsTotal,
            List<AssetDto> assets,
            boolean activated,
            boolean registered,
            boolean blocked,
            String iban) {
    }

    record CreateCustomerResponse(
            String customerGuid,
            String platform,
            String type,
            String guid,
            String walletAccountGuid,
            String name,
            int assetsTotal,
            List<AssetDto> assets,
            boolean activated,
            boolean registered,
            boolean blocked,
            String iban) {
    }

    record CreateAccountResponse(String walletAccountGuid) {
    }

    record AccountsResponse(List<AccountDto> accounts, long total) {
    }

    record CustomerDto(
            String walletUserGuid,
            String counterpartyGuid,
            String login,
            int kycLevel,
            @JsonProperty("is_disabled") boolean isDisabled,
            BigDecimal balanceAllowed,
            String balanceAssetCode,
            String balanceAssetIssuer,
            String branchGuid,
            String branchName,
            String name,
            String paternalName,
            String phoneNumber,
            String segment,
            String status,
            String surname,
            String createdAt,
            String updatedAt) {
    }

    record CustomersResponse(List<CustomerDto> customers, long total) {
    }
}
