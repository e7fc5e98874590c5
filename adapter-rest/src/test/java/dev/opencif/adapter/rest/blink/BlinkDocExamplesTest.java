package dev.opencif.adapter.rest.blink;

import dev.opencif.adapter.rest.docs.DocExamples;
import static dev.opencif.testkit.builder.CustomerBuilder.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.kyc.CodedValue;
import dev.opencif.domain.kyc.Employment;
import dev.opencif.domain.kyc.KycLevel;
import dev.opencif.domain.kyc.KycMethod;
import dev.opencif.domain.kyc.KycProfile;
import dev.opencif.domain.kyc.RiskClass;
import dev.opencif.domain.shared.Money;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BlinkDocExamplesTest {

    @Test
    void every_example_of_the_dialect_document_runs_as_written() throws Exception {
        BlinkFixture f = new BlinkFixture();
        KycProfile kyc = KycProfile.none().verifiedAs(KycLevel.STANDARD, KycMethod.IN_BRANCH, Instant.parse("2025-12-01T10:00:00Z"))
                .withSituation(CodedValue.of("6", "University"), new Employment(CodedValue.of("1", "Employed"),
                        CodedValue.of("ENG", "Engineer"), "Acme AG", null), Money.of("7500", "CHF", 2),
                        CodedValue.of("OWN", "Owner"), "salary")
                .withRiskClass(RiskClass.LOW);
        Customer anna = aCustomer().withName("Anna", "Muster").withPhone("+41791234567").withEmail("anna.muster@example.ch")
                .withKyc(kyc).savedIn(f.adapters.ports());
        f.consent(anna.id());
        aCustomer().withName("Not", "Consented").savedIn(f.adapters.ports());

        List<DocExamples.Example> examples = DocExamples.parse(DocExamples.document("blink.md"));
        List<String> documented = examples.stream().map(e -> e.method() + " " + template(e.path())).distinct().toList();
        assertThat(documented).as("an example per route").containsAll(BlinkHandler.routes());
        Map<String, String> variables = new HashMap<>();
        variables.put("customerId", anna.id().toString());
        DocExamples.run(examples, variables, (method, path, body) -> f.call(method, path, body, BlinkFixture.TOKEN));
    }

    private static String template(String path) {
        String p = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        p = p.substring("/blink/v1".length());
        return p.replace("/persons/${customerId}", "/persons/{personId}").replace("${customerId}", "{customerId}");
    }
}
