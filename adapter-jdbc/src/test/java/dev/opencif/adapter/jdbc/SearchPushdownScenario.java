package dev.opencif.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.application.shared.CustomerOrdering;
import dev.opencif.application.shared.PageRequest;
import dev.opencif.domain.customer.CounterpartyId;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.CustomerState;
import dev.opencif.testkit.MutableClock;
import dev.opencif.testkit.builder.CustomerBuilder;
import dev.opencif.testkit.builder.CustomerFilterBuilder;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the SQL form of the customer search must get right beyond the contract: LIKE wildcards and bound values. */
abstract class SearchPushdownScenario {
    private OpenCifPorts ports;
    private CounterpartyId scope;

    protected abstract TestDatabase database();

    @BeforeEach
    void openPorts() {
        ports = database().ports(MutableClock.standard());
        scope = new CounterpartyId(UUID.randomUUID());
    }

    private Customer member(String first, String last) {
        return CustomerBuilder.aCustomer().withName(first, last).inCounterparty(scope).savedIn(ports);
    }

    private List<CustomerId> search(CustomerFilterBuilder filter) {
        return ports.searchCustomers().search(filter.inCounterparty(scope).build(), CustomerOrdering.CIF_ASC, PageRequest.defaults())
                .items().stream().map(CustomerState::id).toList();
    }

    @Test
    void search_string_treats_like_wildcards_and_the_escape_character_literally() {
        Customer percent = member("Ann%e", "Lee");
        Customer underscore = member("Bo_b", "Lee");
        Customer bang = member("Hey!", "Lee");
        member("Annie", "Lee");
        member("Bob", "Lee");

        assertThat(search(CustomerFilterBuilder.aFilter().searchString("n%e"))).containsExactly(percent.id());
        assertThat(search(CustomerFilterBuilder.aFilter().searchString("o_b"))).containsExactly(underscore.id());
        assertThat(search(CustomerFilterBuilder.aFilter().searchString("y!"))).containsExactly(bang.id());
    }

    @Test
    void filter_values_are_bound_never_spliced_into_the_sql() {
        Customer quoted = member("O'Brien", "Lee");
        member("Obrien", "Lee");

        assertThat(search(CustomerFilterBuilder.aFilter().names("o'brien"))).containsExactly(quoted.id());
        assertThat(search(CustomerFilterBuilder.aFilter().names("x' OR '1'='1"))).isEmpty();
        assertThat(search(CustomerFilterBuilder.aFilter().searchString("') OR 1=1 --"))).isEmpty();
    }

    @Test
    void case_insensitive_filters_use_the_same_lower_casing_as_the_reference_semantics() {
        Customer turkish = member("İSMAİL", "IŞIK");

        assertThat(search(CustomerFilterBuilder.aFilter().names("İsmaİl"))).containsExactly(turkish.id());
        assertThat(search(CustomerFilterBuilder.aFilter().surnames("ışık"))).isEmpty();
        assertThat(search(CustomerFilterBuilder.aFilter().surnames("işik"))).containsExactly(turkish.id());
        assertThat(search(CustomerFilterBuilder.aFilter().searchString("smai"))).containsExactly(turkish.id());
    }
}
