package dev.opencif.adapter.rest.blink;

import static dev.opencif.adapter.rest.blink.BlinkFixture.errorFields;
import static dev.opencif.adapter.rest.blink.BlinkFixture.json;
import static dev.opencif.testkit.builder.CustomerBuilder.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opencif.application.port.in.customer.SaveRepresentativeCommand;
import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Origin;
import dev.opencif.dialect.DialectRequest;
import dev.opencif.dialect.DialectResponse;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.RelationType;
import dev.opencif.domain.kyc.CodedValue;
import dev.opencif.domain.kyc.Employment;
import dev.opencif.domain.kyc.KycLevel;
import dev.opencif.domain.kyc.KycMethod;
import dev.opencif.domain.kyc.KycProfile;
import dev.opencif.domain.kyc.RiskClass;
import dev.opencif.domain.shared.Channel;
import dev.opencif.domain.shared.Money;
import dev.opencif.testkit.builder.AddressBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BlinkHandlerTest {
    private final BlinkFixture f = new BlinkFixture();

    private CustomerId customer(boolean consented) {
        Customer c = aCustomer().withName("Anna", "Muster").withEmail("anna@example.ch").savedIn(f.adapters.ports());
        if (consented) {
            f.consent(c.id());
        }
        return c.id();
    }

    private static final String ADDRESS = "{\"addressType\":\"home\",\"country\":\"CH\",\"city\":\"Zürich\",\"streetName\":\"Bahnhofstrasse\","
            + "\"streetNo\":\"1\",\"postalCode\":\"8001\"}";

    @Nested
    class Customers {
        @Test
        void lists_only_consented_customers_with_links_and_paging() {
            CustomerId a = customer(true);
            customer(false);
            CustomerId b = customer(true);
            DialectResponse response = f.call("GET", "/customers", null);
            assertThat(response.status()).isEqualTo(200);
            JsonNode body = json(response);
            assertThat(body.path("total").asInt()).isEqualTo(2);
            assertThat(body.path("offset").asInt()).isZero();
            assertThat(body.path("limit").asInt()).isEqualTo(50);
            List<String> ids = new ArrayList<>();
            body.path("customers").forEach(c -> ids.add(c.path("customerId").asText()));
            assertThat(ids).containsExactlyInAnyOrder(a.toString(), b.toString());
            JsonNode first = body.path("customers").get(0);
            assertThat(first.path("links").path("addresses").asText()).startsWith("/blink/v1/customers/").endsWith("/addresses");
            assertThat(first.path("persons").get(0).path("relation").asText()).isEqualTo("holder");
            JsonNode page = json(f.call("GET", "/customers?offset=1&limit=1", null));
            assertThat(page.path("customers")).hasSize(1);
            assertThat(page.path("total").asInt()).isEqualTo(2);
            assertThat(json(f.call("GET", "/customers?offset=5", null)).path("customers")).isEmpty();
        }

        @Test
        void rejects_bad_paging() {
            assertThat(errorFields(f.call("GET", "/customers?limit=0", null))).containsExactly("limit");
            assertThat(errorFields(f.call("GET", "/customers?limit=201", null))).containsExactly("limit");
            assertThat(errorFields(f.call("GET", "/customers?offset=-2", null))).containsExactly("offset");
            assertThat(errorFields(f.call("GET", "/customers?sort=name", null))).containsExactly("sort");
            assertThat(errorFields(f.call("GET", "/persons?limit=x", null))).containsExactly("limit");
        }

        @Test
        void reads_one_consented_customer() {
            CustomerId id = customer(true);
            DialectResponse response = f.call("GET", "/customers/" + id, null);
            assertThat(response.status()).isEqualTo(200);
            JsonNode body = json(response);
            assertThat(body.path("customerId").asText()).isEqualTo(id.toString());
            assertThat(body.path("firstName").asText()).isEqualTo("Anna");
            assertThat(body.path("lastName").asText()).isEqualTo("Muster");
            assertThat(body.path("status").asText()).isEqualTo("active");
            assertThat(body.path("customerType").asText()).isEqualTo("individual");
            assertThat(body.has("middleName")).isFalse();
        }

        @Test
        void hides_customers_without_or_with_revoked_consent_as_404() {
            CustomerId without = customer(false);
            assertThat(f.call("GET", "/customers/" + without, null).status()).isEqualTo(404);
            CustomerId revoked = customer(true);
            assertThat(f.call("GET", "/customers/" + revoked, null).status()).isEqualTo(200);
            f.revoke(revoked);
            DialectResponse response = f.call("GET", "/customers/" + revoked, null);
            assertThat(response.status()).isEqualTo(404);
            assertThat(json(response).path("error").path("code").asText()).isEqualTo("NOT_FOUND");
            assertThat(f.call("GET", "/customers/" + revoked + "/kyc", null).status()).isEqualTo(404);
            assertThat(json(f.call("GET", "/customers", null)).path("total").asInt()).isZero();
        }

        @Test
        void hides_customers_consented_to_another_service_user() {
            Customer c = aCustomer().savedIn(f.adapters.ports());
            f.consent(c.id(), "other-app");
            assertThat(f.call("GET", "/customers/" + c.id(), null).status()).isEqualTo(404);
            assertThat(f.call("GET", "/blink/v1/customers/" + c.id(), null, "other-app.other-secret").status()).isEqualTo(200);
        }

        @Test
        void answers_404_for_unknown_and_400_for_malformed_ids() {
            assertThat(f.call("GET", "/customers/" + UUID.randomUUID(), null).status()).isEqualTo(404);
            DialectResponse malformed = f.call("GET", "/customers/12345", null);
            assertThat(malformed.status()).isEqualTo(400);
            assertThat(errorFields(malformed)).containsExactly("customerId");
        }

        @Test
        void reads_the_kyc_record_with_financial_and_non_financial_situation() {
            KycProfile kyc = KycProfile.none().verifiedAs(KycLevel.STANDARD, KycMethod.IN_BRANCH, Instant.parse("2025-12-01T10:00:00Z"))
                    .withSituation(CodedValue.of("6", "University"), new Employment(CodedValue.of("1", "Employed"),
                            CodedValue.of("DEV", "Engineer"), "Acme AG", null), Money.of("4500.50", "CHF", 2),
                            CodedValue.of("OWN", "Owner"), "salary")
                    .withRiskClass(RiskClass.LOW).withDeclarations(true, false, true);
            Customer c = aCustomer().withKyc(kyc).savedIn(f.adapters.ports());
            f.consent(c.id());
            DialectResponse response = f.call("GET", "/customers/" + c.id() + "/kyc", null);
            assertThat(response.status()).isEqualTo(200);
            JsonNode body = json(response);
            assertThat(body.path("kycLevel").asText()).isEqualTo("standard");
            assertThat(body.path("kycMethod").asText()).isEqualTo("in_branch");
            assertThat(body.path("verifiedAt").asText()).isEqualTo("2025-12-01T10:00:00Z");
            assertThat(body.path("financialSituation").path("monthlyIncome").path("amount").decimalValue()).isEqualByComparingTo("4500.50");
            assertThat(body.path("financialSituation").path("monthlyIncome").path("currency").asText()).isEqualTo("CHF");
            assertThat(body.path("financialSituation").path("sourceOfWealth").asText()).isEqualTo("salary");
            assertThat(body.path("financialSituation").path("homeStatus").path("label").asText()).isEqualTo("Owner");
            JsonNode nonFinancial = body.path("nonFinancialSituation");
            assertThat(nonFinancial.path("occupation").path("jobTitle").path("label").asText()).isEqualTo("Engineer");
            assertThat(nonFinancial.path("occupation").path("companyName").asText()).isEqualTo("Acme AG");
            assertThat(nonFinancial.path("education").path("code").asText()).isEqualTo("6");
            assertThat(nonFinancial.path("riskClass").asText()).isEqualTo("low");
            assertThat(nonFinancial.path("pep").asBoolean()).isTrue();
            assertThat(nonFinancial.path("fatca").asBoolean()).isTrue();
            assertThat(nonFinancial.path("usPerson").asBoolean()).isFalse();
            assertThat(body.path("blacklisted").asBoolean()).isFalse();
        }
    }

    @Nested
    class Persons {
        @Test
        void lists_holders_and_representatives_with_roles_and_contact_details() {
            CustomerId holder = customer(true);
            Customer rep = aCustomer().withName("Beat", "Vertreter").savedIn(f.adapters.ports());
            f.opencif.saveRepresentative().save(new SaveRepresentativeCommand(Origin.of(Channel.CALLACTION), CustomerRef.id(holder),
                    null, CustomerRef.id(rep.id()), RelationType.LEGAL_REPRESENTATIVE));
            JsonNode body = json(f.call("GET", "/persons", null));
            assertThat(body.path("total").asInt()).isEqualTo(2);
            DialectResponse repResponse = f.call("GET", "/persons/" + rep.id(), null);
            assertThat(repResponse.status()).isEqualTo(200);
            JsonNode person = json(repResponse);
            assertThat(person.path("firstName").asText()).isEqualTo("Beat");
            assertThat(person.path("contracts").get(0).path("customerId").asText()).isEqualTo(holder.toString());
            assertThat(person.path("contracts").get(0).path("relation").asText()).isEqualTo("legal_representative");
            JsonNode holderPerson = json(f.call("GET", "/persons/" + holder, null));
            List<String> media = new ArrayList<>();
            holderPerson.path("contactDetails").forEach(c -> media.add(c.path("contactMedium").asText()));
            assertThat(media).contains("email", "mobile");
        }

        @Test
        void hides_persons_of_customers_without_consent() {
            CustomerId hidden = customer(false);
            assertThat(f.call("GET", "/persons/" + hidden, null).status()).isEqualTo(404);
            assertThat(f.call("GET", "/persons/" + hidden + "/contactdetails", null).status()).isEqualTo(404);
            assertThat(f.call("POST", "/persons/" + hidden + "/contactdetails",
                    "{\"contactMedium\":\"email\",\"content\":\"x@example.ch\"}").status()).isEqualTo(404);
            assertThat(json(f.call("GET", "/persons", null)).path("total").asInt()).isZero();
            assertThat(f.call("GET", "/persons/bad-id", null).status()).isEqualTo(400);
        }

        @Test
        void reads_but_does_not_write_the_contact_details_of_a_representative_who_did_not_consent() {
            CustomerId holder = customer(true);
            Customer rep = aCustomer().withName("Beat", "Vertreter").savedIn(f.adapters.ports());
            f.opencif.saveRepresentative().save(new SaveRepresentativeCommand(Origin.of(Channel.CALLACTION), CustomerRef.id(holder),
                    null, CustomerRef.id(rep.id()), RelationType.LEGAL_REPRESENTATIVE));
            assertThat(f.call("GET", "/persons/" + rep.id() + "/contactdetails", null).status()).isEqualTo(200);

            DialectResponse write = f.call("POST", "/persons/" + rep.id() + "/contactdetails",
                    "{\"contactMedium\":\"email\",\"content\":\"beat@example.ch\"}");

            assertThat(write.status()).isEqualTo(404);
            assertThat(json(write).path("error").path("code").asText()).isEqualTo("NOT_FOUND");
            assertThat(f.adapters.ports().loadCustomer().findById(rep.id()).orElseThrow().state().contacts()).isEmpty();
            f.consent(rep.id());
            assertThat(f.call("POST", "/persons/" + rep.id() + "/contactdetails",
                    "{\"contactMedium\":\"email\",\"content\":\"beat@example.ch\"}").status()).isEqualTo(201);
        }

        @Test
        void adds_a_contact_detail_and_returns_its_id() {
            CustomerId id = customer(true);
            DialectResponse created = f.call("POST", "/persons/" + id + "/contactdetails",
                    "{\"contactMedium\":\"phone\",\"mediumType\":\"business\",\"content\":\"+41 44 123 45 67\",\"additionalInformation\":\"office hours\"}");
            assertThat(created.status()).isEqualTo(201);
            String newId = json(created).path("contactDetailId").asText();
            assertThat(UUID.fromString(newId)).isNotNull();
            assertThat(created.headers().get("Location")).isEqualTo("/blink/v1/persons/" + id + "/contactdetails");
            JsonNode list = json(f.call("GET", "/persons/" + id + "/contactdetails", null));
            JsonNode added = null;
            for (JsonNode c : list.path("contactDetails")) {
                if (c.path("contactDetailId").asText().equals(newId)) {
                    added = c;
                }
            }
            assertThat(added).isNotNull();
            assertThat(added.path("content").asText()).isEqualTo("+41441234567");
            assertThat(added.path("mediumType").asText()).isEqualTo("business");
            assertThat(list.path("total").asInt()).isEqualTo(list.path("contactDetails").size());
        }

        @Test
        void rejects_bad_contact_details_by_field() {
            CustomerId id = customer(true);
            String path = "/persons/" + id + "/contactdetails";
            assertThat(errorFields(f.call("POST", path, "{\"content\":\"x@example.ch\"}"))).containsExactly("contactMedium");
            assertThat(errorFields(f.call("POST", path, "{\"contactMedium\":\"pigeon\",\"content\":\"x\"}"))).containsExactly("contactMedium");
            assertThat(errorFields(f.call("POST", path, "{\"contactMedium\":\"email\"}"))).containsExactly("content");
            assertThat(errorFields(f.call("POST", path, "{\"contactMedium\":\"email\",\"content\":\"not-an-email\"}"))).containsExactly("content");
            assertThat(errorFields(f.call("POST", path, "{\"contactMedium\":\"email\",\"content\":\"a@b.ch\",\"extra\":1}"))).containsExactly("extra");
            DialectResponse malformed = f.call("POST", path, "{\"contactMedium\":");
            assertThat(malformed.status()).isEqualTo(400);
            assertThat(json(malformed).path("error").path("code").asText()).isEqualTo("MALFORMED_JSON");
            DialectResponse duplicate = f.call("POST", path, "{\"contactMedium\":\"email\",\"content\":\"anna@example.ch\"}");
            DialectResponse again = f.call("POST", path, "{\"contactMedium\":\"email\",\"content\":\"anna@example.ch\"}");
            assertThat(duplicate.status()).isEqualTo(201);
            assertThat(again.status()).isEqualTo(400);
        }
    }

    @Nested
    class Addresses {
        @Test
        void adds_lists_and_updates_addresses_under_both_spellings() {
            CustomerId id = customer(true);
            DialectResponse created = f.call("POST", "/customers/" + id + "/addresses", ADDRESS);
            assertThat(created.status()).isEqualTo(201);
            String addressId = json(created).path("addressId").asText();
            for (String spelling : List.of("/customer/", "/customers/")) {
                JsonNode list = json(f.call("GET", spelling + id + "/addresses", null));
                assertThat(list.path("total").asInt()).isEqualTo(1);
                assertThat(list.path("addresses").get(0).path("city").asText()).isEqualTo("Zürich");
                assertThat(list.path("addresses").get(0).path("addressType").asText()).isEqualTo("home");
            }
            DialectResponse updated = f.call("PUT", "/customer/" + id + "/addresses", "{\"addressId\":\"" + addressId
                    + "\",\"addressType\":\"mailing\",\"country\":\"CH\",\"city\":\"Bern\"}");
            assertThat(updated.status()).isEqualTo(200);
            assertThat(json(updated).path("addressId").asText()).isEqualTo(addressId);
            JsonNode after = json(f.call("GET", "/customer/" + id + "/addresses", null)).path("addresses").get(0);
            assertThat(after.path("city").asText()).isEqualTo("Bern");
            assertThat(after.path("addressType").asText()).isEqualTo("mailing");
            assertThat(after.has("streetName")).isFalse();
            assertThat(f.call("POST", "/customer/" + id + "/addresses", ADDRESS).status()).isEqualTo(201);
            assertThat(f.call("PUT", "/customers/" + id + "/addresses", "{\"addressId\":\"" + addressId
                    + "\",\"addressType\":\"home\",\"country\":\"CH\",\"city\":\"Basel\"}").status()).isEqualTo(200);
        }

        @Test
        void answers_the_address_record_of_one_address_id_and_404_for_an_id_that_is_not_the_customers() {
            CustomerId id = customer(true);
            CustomerId other = customer(true);
            String first = json(f.call("POST", "/customers/" + id + "/addresses", ADDRESS)).path("addressId").asText();
            String second = json(f.call("POST", "/customers/" + id + "/addresses",
                    "{\"addressType\":\"mailing\",\"country\":\"CH\",\"city\":\"Bern\"}")).path("addressId").asText();
            String foreign = json(f.call("POST", "/customers/" + other + "/addresses", ADDRESS)).path("addressId").asText();
            JsonNode one = json(f.call("GET", "/customer/" + id + "/addresses?addressId=" + second, null));
            assertThat(one.path("addressId").asText()).isEqualTo(second);
            assertThat(one.path("city").asText()).isEqualTo("Bern");
            assertThat(one.has("addresses")).isFalse();
            assertThat(json(f.call("GET", "/customers/" + id + "/addresses?addressId=" + first, null)).path("city").asText())
                    .isEqualTo("Zürich");
            assertThat(f.call("GET", "/customer/" + id + "/addresses?addressId=" + foreign, null).status()).isEqualTo(404);
            assertThat(f.call("GET", "/customer/" + id + "/addresses?addressId=" + UUID.randomUUID(), null).status()).isEqualTo(404);
            assertThat(errorFields(f.call("GET", "/customer/" + id + "/addresses?addressId=nope", null))).containsExactly("addressId");
            assertThat(errorFields(f.call("GET", "/customer/" + id + "/addresses?city=Bern", null))).containsExactly("city");
        }

        @Test
        void rejects_bad_addresses_by_field() {
            CustomerId id = customer(true);
            String path = "/customers/" + id + "/addresses";
            assertThat(errorFields(f.call("POST", path, "{}"))).containsExactlyInAnyOrder("addressType", "country");
            assertThat(errorFields(f.call("POST", path, "{\"addressType\":\"home\",\"country\":\"XX\",\"city\":\"A\"}"))).containsExactly("country");
            assertThat(errorFields(f.call("POST", path, "{\"addressType\":\"castle\",\"country\":\"CH\",\"city\":\"A\"}"))).containsExactly("addressType");
            assertThat(errorFields(f.call("POST", path, "{\"addressType\":\"home\",\"country\":\"CH\"}"))).containsExactly("city");
            assertThat(errorFields(f.call("POST", path, "{\"addressId\":\"" + UUID.randomUUID() + "\",\"addressType\":\"home\",\"country\":\"CH\",\"city\":\"A\"}")))
                    .containsExactly("addressId");
            assertThat(errorFields(f.call("PUT", path, ADDRESS))).containsExactly("addressId");
            assertThat(errorFields(f.call("PUT", path, "{\"addressId\":\"nope\",\"addressType\":\"home\",\"country\":\"CH\",\"city\":\"A\"}")))
                    .containsExactly("addressId");
            DialectResponse unknown = f.call("PUT", path, "{\"addressId\":\"" + UUID.randomUUID() + "\",\"addressType\":\"home\",\"country\":\"CH\",\"city\":\"A\"}");
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(f.call("POST", path, "not json").status()).isEqualTo(400);
        }

        @Test
        void hides_addresses_of_customers_without_consent() {
            CustomerId hidden = customer(false);
            assertThat(f.call("GET", "/customer/" + hidden + "/addresses", null).status()).isEqualTo(404);
            assertThat(f.call("POST", "/customers/" + hidden + "/addresses", ADDRESS).status()).isEqualTo(404);
            assertThat(f.call("GET", "/customer/" + UUID.randomUUID() + "/addresses", null).status()).isEqualTo(404);
        }

        @Test
        void lists_existing_addresses() {
            Customer c = aCustomer().withAddress(AddressBuilder.anAddress().build()).savedIn(f.adapters.ports());
            f.consent(c.id());
            assertThat(json(f.call("GET", "/customer/" + c.id() + "/addresses", null)).path("total").asInt()).isEqualTo(1);
        }
    }

    @Nested
    class Health {
        @Test
        void confirms_receipt_with_a_timestamp() {
            DialectResponse response = f.call("GET", "/healthcheck", null);
            assertThat(response.status()).isEqualTo(200);
            JsonNode body = json(response);
            assertThat(body.path("timestamp").asText()).isEqualTo("2026-01-15T09:00:00Z");
            assertThat(body.path("received").asBoolean()).isTrue();
            assertThat(body.path("receiptId").asText()).isNotBlank();
            assertThat(body.path("status").asText()).isEqualTo("UP");
        }

        @Test
        void reports_unreachable_storage_as_503() {
            f.adapters.setStorageReachable(false);
            DialectResponse response = f.call("GET", "/healthcheck", null);
            assertThat(response.status()).isEqualTo(503);
            assertThat(json(response).path("status").asText()).isEqualTo("DEGRADED");
        }
    }

    @Nested
    class Authentication {
        @Test
        void requires_a_valid_bearer_token() {
            DialectResponse missing = f.call("GET", "/blink/v1/customers", null, null);
            assertThat(missing.status()).isEqualTo(401);
            assertThat(missing.headers().get("WWW-Authenticate")).isEqualTo("Bearer realm=\"blink\"");
            assertThat(f.call("GET", "/blink/v1/customers", null, "fintech-app.wrong").status()).isEqualTo(401);
            assertThat(f.call("GET", "/blink/v1/customers", null, "no-dot-token").status()).isEqualTo(401);
            assertThat(f.call("GET", "/blink/v1/customers", null, ".secret").status()).isEqualTo(401);
            assertThat(f.call("GET", "/blink/v1/healthcheck", null, "unknown.secret").status()).isEqualTo(401);
            DialectRequest basic = new DialectRequest("GET", "/blink/v1/customers", "", Map.of("Authorization", List.of("Basic abc")), null);
            assertThat(f.handler.handle(basic).status()).isEqualTo(401);
        }

        @Test
        void refuses_clients_of_another_realm() {
            f.adapters.credentials().addClient("callaction", "cross", "secret", java.util.Set.of(), null);
            assertThat(f.call("GET", "/blink/v1/customers", null, "cross.secret").status()).isEqualTo(401);
        }

        @Test
        void takes_the_service_user_from_the_client_scope() {
            f.adapters.credentials().addClient("blink", "gateway-7", "pw", java.util.Set.of(), "fintech-app");
            CustomerId id = customer(true);
            assertThat(f.call("GET", "/blink/v1/customers/" + id, null, "gateway-7.pw").status()).isEqualTo(200);
        }
    }

    @Nested
    class Routing {
        @Test
        void serves_under_the_configured_base_path_only() {
            assertThat(f.call("GET", "/other/customers", null, BlinkFixture.TOKEN).status()).isEqualTo(404);
            assertThat(f.call("GET", "/blink/v1/accounts", null).status()).isEqualTo(404);
            BlinkHandler mounted = new BlinkHandler(BlinkUseCases.from(f.opencif), new BlinkConfig("/open-finance/", null, 0, 0, 0));
            DialectRequest request = new DialectRequest("GET", "/open-finance/healthcheck", "", Map.of(), null)
                    .withHeader("Authorization", "Bearer " + BlinkFixture.TOKEN);
            assertThat(mounted.handle(request).status()).isEqualTo(200);
        }

        @Test
        void answers_405_for_wrong_methods_and_413_and_415_for_bad_bodies() {
            DialectResponse wrong = f.call("DELETE", "/customers", null);
            assertThat(wrong.status()).isEqualTo(405);
            assertThat(wrong.headers().get("Allow")).isEqualTo("GET");
            CustomerId id = customer(true);
            DialectRequest text = new DialectRequest("POST", "/blink/v1/customers/" + id + "/addresses", "",
                    Map.of("Content-Type", List.of("text/plain")), "x".getBytes(StandardCharsets.UTF_8))
                    .withHeader("Authorization", "Bearer " + BlinkFixture.TOKEN);
            assertThat(f.handler.handle(text).status()).isEqualTo(415);
            BlinkHandler small = new BlinkHandler(BlinkUseCases.from(f.opencif), new BlinkConfig(null, null, 16, 0, 0));
            DialectRequest big = DialectRequest.json("POST", "/blink/v1/customers/" + id + "/addresses", ADDRESS)
                    .withHeader("Authorization", "Bearer " + BlinkFixture.TOKEN);
            assertThat(small.handle(big).status()).isEqualTo(413);
        }
    }
}
