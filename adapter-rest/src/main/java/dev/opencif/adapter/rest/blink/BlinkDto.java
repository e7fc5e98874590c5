package dev.opencif.adapter.rest.blink;

import java.math.BigDecimal;
import java.util.List;

/** The camelCase request and response bodies of the bLink Customer Management dialect. */
final class BlinkDto {
    private BlinkDto() {
    }

    record AddressRequest(
            String addressId,
            String addressType,
            String country,
            String city,
            String district,
            String town,
            String streetName,
            String streetNo,
            String building,
            String floor,
            String apartment,
            String postalCode,
            String detail) {
    }

    record ContactDetailRequest(String contactMedium, String mediumType, String content, String additionalInformation) {
    }

    record AddressDto(
            String addressId,
            String addressType,
            String country,
            String city,
            String district,
            String town,
            String streetName,
            String streetNo,
            String building,
            String floor,
            String apartment,
            String postalCode,
            String detail) {
    }

    record ContactDetailDto(String contactDetailId, String contactMedium, String mediumType, String content,
                            String additionalInformation) {
    }

    record PersonLink(String personId, String relation, String href) {
    }

    record ContractLink(String customerId, String relation, String href) {
    }

    record CustomerLinks(String self, String kyc, String addresses, String persons) {
    }

    record CustomerDto(
            String customerId,
            String customerNumber,
            String customerType,
            String status,
            String name,
            String firstName,
            String middleName,
            String lastName,
            String birthDate,
            String segment,
            String branch,
            List<AddressDto> addresses,
            List<PersonLink> persons,
            CustomerLinks links) {
    }

    record CustomersResponse(List<CustomerDto> customers, long total, int offset, int limit) {
    }

    record MoneyDto(BigDecimal amount, String currency) {
    }

    record CodedDto(String code, String label) {
    }

    record EmploymentDto(CodedDto workingStatus, CodedDto jobTitle, String companyName, String workAreaCode) {
    }

    record FinancialSituation(MoneyDto monthlyIncome, String sourceOfWealth, CodedDto homeStatus, MoneyDto accountLimit) {
    }

    record NonFinancialSituation(EmploymentDto occupation, CodedDto education, String riskClass, boolean pep, boolean fatca,
                                 boolean usPerson) {
    }

    record KycDto(
            String customerId,
            String customerNumber,
            String name,
            String kycLevel,
            String kycMethod,
            String verifiedAt,
            boolean blacklisted,
            FinancialSituation financialSituation,
            NonFinancialSituation nonFinancialSituation,
            CustomerLinks links) {
    }

    record PersonDto(
            String personId,
            String personType,
            String firstName,
            String middleName,
            String lastName,
            String birthDate,
            List<ContractLink> contracts,
            List<ContactDetailDto> contactDetails) {
    }

    record PersonsResponse(List<PersonDto> persons, long total, int offset, int limit) {
    }

    record ContactDetailsResponse(List<ContactDetailDto> contactDetails, int total) {
    }

    record AddressesResponse(List<AddressDto> addresses, int total) {
    }

    record Created(String contactDetailId, String addressId) {
    }

    record HealthDto(String timestamp, String receiptId, boolean received, String status) {
    }
}
