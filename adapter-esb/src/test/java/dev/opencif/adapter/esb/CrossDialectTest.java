package dev.opencif.adapter.esb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opencif.adapter.esb.accountservice.AccountServiceHandler;
import dev.opencif.adapter.esb.interapi.InterApiHandler;
import dev.opencif.dialect.DialectRequest;
import dev.opencif.dialect.DialectResponse;
import org.junit.jupiter.api.Test;

/** A customer onboarded through inter-API is the same customer the ESB reads. */
class CrossDialectTest {
    private final EsbFixture fx = new EsbFixture();
    private final InterApiHandler interApi = fx.interApi();
    private final AccountServiceHandler esb = fx.esb();

    @Test
    void customer_onboarded_through_inter_api_is_read_through_esb_get_customer_by_id() {
        JsonNode created = call("CreateDigitalCustomer", """
                {"Header": {"AppKey": "%s", "Channel": "API", "ChannelSessionId": "s-1", "ChannelRequestId": "c-1"},
                 "Parameters": [{"IsGetProcess": false, "DigitalCustomer": {"PhoneNumber": "5551234567", "CitizenshipNumber": %s,
                   "IsFatca": false, "IsUSCustomer": false, "Email": "elif.demir@example.com.tr", "NotificationOnUpdate": false,
                   "IsKVKKApproved": true}}]}
                """.formatted(EsbFixture.APP_KEY, EsbFixture.ELIF_TCKN));
        long cif = created.at("/Data/CustomerId").asLong();
        long process = created.at("/Data/ProcessId").asLong();
        call("UpdateDigitalCustomerInformations", """
                {"Header": {"AppKey": "%s", "Channel": "API", "ChannelSessionId": "s-1", "ChannelRequestId": "u-1"},
                 "Parameters": [{"CustomerNo": %d, "ProcessId": %d, "CitizenshipNumber": %s, "EducationStatus": "LİSANS",
                   "EducationStatusCode": 6, "CompanyName": "Örnek Yazılım A.Ş.", "SalaryInfo": 48500.00,
                   "WorkingStatus": "Özel Sektör Ücretli", "WorkingStatusCode": 1, "JobTitle": "Mühendis", "JobTitleCode": 9,
                   "HomeStatus": "Kira", "HomeStatusCode": 2, "WorkAreaCode": 0, "BranchId": "9860",
                   "HomeAddressInfo": {"Type": "HomeAddress", "TypeCode": "1", "Country": "Türkiye", "CountryCode": "90",
                     "City": "İzmir", "CityCode": "35", "Town": "Karşıyaka", "TownCode": "35000011000", "District": "Bostanlı Mah",
                     "DistrictCode": "35000011004", "DistrictType": null, "Street": "Cemal Gürsel Caddesi", "StreetCode": "35110220",
                     "AddressDetail": "No: 412 Daire: 7"},
                   "SelectedAddress": "Home", "CalculateLimit": false}]}
                """.formatted(EsbFixture.APP_KEY, cif, process, EsbFixture.ELIF_TCKN));
        call("CompleteDigitalCustomer", """
                {"Header": {"AppKey": "%s", "Channel": "API", "ChannelSessionId": "s-1", "ChannelRequestId": "k-1"},
                 "Parameters": [{"CustomerNo": %d, "ProcessId": %d, "Email": "elif.demir@example.com.tr", "PhoneNumber": "5551234567",
                   "IsApprovedAgent": false, "IsCourierSelected": true, "UserCode": "PARTNER\\\\elif"}]}
                """.formatted(EsbFixture.APP_KEY, cif, process));

        DialectResponse response = esb.handle(DialectRequest.json("POST", "/accountService/v1/get-customer-by-id",
                "{\"header\":{\"requestId\":\"x-1\",\"channel\":\"BRANCH\",\"clientId\":\"" + EsbFixture.ESB_CLIENT
                        + "\",\"clientSecret\":\"" + EsbFixture.ESB_SECRET + "\"},\"data\":{\"cif\":\"" + cif + "\"}}"));
        JsonNode data = EsbFixture.json(response).get("data");
        assertThat(data.get("cif").asText()).isEqualTo(Long.toString(cif));
        assertThat(data.get("fullName").asText()).isEqualTo("Elif Demir");
        assertThat(data.get("legalId").asText()).isEqualTo(EsbFixture.ELIF_TCKN);
        assertThat(data.get("legalIdType").asText()).isEqualTo("TCKN");
        assertThat(data.get("phoneNumber").asText()).isEqualTo("+905551234567");
        assertThat(data.get("customerStatus").asText()).isEqualTo("CANDIDATE");
        assertThat(data.get("branch").asText()).isEqualTo("9860");
        JsonNode home = data.get("addresses").findParents("addressType").stream()
                .filter(a -> a.get("addressType").asText().equals("HOME")).findFirst().orElseThrow();
        assertThat(home.get("town").asText()).isEqualTo("Karşıyaka");
        assertThat(home.get("street").asText()).isEqualTo("Cemal Gürsel Caddesi");
    }

    private JsonNode call(String method, String body) {
        DialectResponse response = interApi.handle(DialectRequest.json("POST", "/interapi/v1/" + method, body));
        assertThat(response.status()).as(response.bodyText()).isEqualTo(200);
        return EsbFixture.json(response);
    }
}
