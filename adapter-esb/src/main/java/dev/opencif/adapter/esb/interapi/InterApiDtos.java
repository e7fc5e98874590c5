package dev.opencif.adapter.esb.interapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/**
 * The JSON shapes of inter-API: the {@code Header}, the first element of {@code Parameters} of each method,
 * and the {@code ServiceResponseMessage} answers. Names are PascalCase on the wire (the mapper's naming strategy).
 */
final class InterApiDtos {
    private InterApiDtos() {
    }

    record RequestHeader(String appKey, String channel, String channelSessionId, String channelRequestId) {
        /** Never prints the AppKey (it is the client's secret). */
        @Override
        public String toString() {
            return "RequestHeader[appKey=" + (appKey == null ? "null" : "***") + ", channel=" + channel
                    + ", channelSessionId=" + channelSessionId + ", channelRequestId=" + channelRequestId + "]";
        }
    }

    record DigitalCustomer(String phoneNumber, String citizenshipNumber, Boolean isFatca, Boolean isUSCustomer, String email,
                           Boolean notificationOnUpdate, Boolean isKVKKApproved) {
    }

    record CreateCall(Boolean isGetProcess, DigitalCustomer digitalCustomer) {
    }

    record AddressInfo(String type, String typeCode, String country, String countryCode, String city, String cityCode,
                       String town, String townCode, String district, String districtCode, String districtType,
                       String street, String streetCode, String addressDetail) {
    }

    record UpdateCall(Long customerNo, Long processId, String citizenshipNumber, String educationStatus,
                      String educationStatusCode, String companyName, BigDecimal salaryInfo, String workingStatus,
                      String workingStatusCode, String jobTitle, String jobTitleCode, String homeStatus, String homeStatusCode,
                      String workAreaCode, AddressInfo jobAddressInfo, String branchId, AddressInfo homeAddressInfo,
                      AddressInfo contactAddressInfo, String selectedAddress, Boolean calculateLimit) {
    }

    record CompleteCall(Long customerNo, Long processId, String email, String phoneNumber, Boolean isApprovedAgent,
                        Boolean isCourierSelected, String userCode) {
    }

    record CreateMessage(@JsonProperty("$type") String type, long processId, long customerId, int state) {
    }

    /** {@code Limit} (an OpenCIF addition) is the eKYC limit calculated when {@code CalculateLimit} was asked for. */
    record UpdateMessage(@JsonProperty("$type") String type, boolean calculateLimit, long processId, int state,
                         @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal limit) {
    }

    record CompleteMessage(@JsonProperty("$type") String type, int state) {
    }

    record ServiceResponse(@JsonProperty("$type") String type, Object data,
                           @JsonInclude(JsonInclude.Include.NON_NULL) ServiceError error) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ServiceError(@JsonProperty("$type") String type, String code, String message, String rule, List<FieldMessage> fields) {
    }

    record FieldMessage(String field, String message) {
    }
}
