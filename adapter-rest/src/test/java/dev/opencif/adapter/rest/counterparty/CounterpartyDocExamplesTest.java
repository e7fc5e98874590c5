package dev.opencif.adapter.rest.counterparty;

import dev.opencif.adapter.rest.docs.DocExamples;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class CounterpartyDocExamplesTest {

    @Test
    void every_example_of_the_dialect_document_runs_as_written() throws Exception {
        CounterpartyFixture f = new CounterpartyFixture();
        List<DocExamples.Example> examples = DocExamples.parse(DocExamples.document("counterparty.md"));
        List<String> documented = examples.stream().map(e -> e.method() + " " + template(e.path())).distinct().toList();
        assertThat(documented).as("an example per route").containsAll(CounterpartyHandler.routes());
        DocExamples.run(examples, new HashMap<>(), f::call);
    }

    /** The route template an example path stands for. */
    private static String template(String path) {
        String p = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return p.replace(CounterpartyFixture.CP, "{counterparty_guid}").replace("${customer_guid}", "{customer_guid}");
    }
}
