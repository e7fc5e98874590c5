package dev.opencif.server;

import static dev.opencif.server.E2e.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data written through HTTP before a restart is served after it, from the same H2 file. */
class RestartTest {

    @Test
    void customers_written_before_a_restart_are_there_after_it(@TempDir Path dir) {
        ServerConfig config = E2e.config(dir);
        String id;
        String cif;
        try (OpenCifServer first = OpenCifServer.start(config)) {
            Http http = new Http(first);
            HttpResponse<String> saved = http.post("/api/openApi/CallAction", E2e.callAction("FTOS_ACC_CB_AddUpdateIndividualCustomer",
                    "{\"CustomerInfo\":{\"firstName\":\"Radu\",\"lastName\":\"Ionescu\",\"UniqueID\":\"30000000632\","
                            + "\"email\":\"radu.e2e@example.invalid\",\"mobilePhone\":\"0722 000 632\"}}"));
            assertThat(json(saved).get("IsSuccess").asBoolean()).as(saved.body()).isTrue();
            id = json(saved).at("/Data/customerInternalId").asText();
            cif = json(saved).at("/Data/customerNumber").asText();
        }
        assertThat(Files.exists(config.dataDir().resolve("opencif.mv.db"))).isTrue();

        try (OpenCifServer second = OpenCifServer.start(config)) {
            Http http = new Http(second);
            HttpResponse<String> header = http.post("/api/openApi/CallAction",
                    E2e.callAction("FTOS_ACC_AccountHeader", "{\"customerInternalId\":\"" + id + "\"}"));
            assertThat(json(header).at("/Data/fullName").asText()).as(header.body()).isEqualTo("Radu Ionescu");
            assertThat(json(header).at("/Data/customerNumber").asText()).isEqualTo(cif);
            JsonNode esb = json(http.post("/accountService/v1/get-customer-by-id", E2e.esb("{\"cif\":\"" + cif + "\"}")));
            assertThat(esb.at("/data/customerId").asText()).isEqualTo(id);
            HttpResponse<String> duplicate = http.post("/api/openApi/CallAction", E2e.callAction("FTOS_ACC_CB_AddUpdateIndividualCustomer",
                    "{\"CustomerInfo\":{\"firstName\":\"Radu\",\"lastName\":\"Ionescu\",\"UniqueID\":\"30000000632\","
                            + "\"email\":\"radu.e2e@example.invalid\",\"mobilePhone\":\"0722 000 633\"}}"));
            assertThat(json(duplicate).get("IsSuccess").asBoolean()).as(duplicate.body()).isFalse();
        }
    }
}
