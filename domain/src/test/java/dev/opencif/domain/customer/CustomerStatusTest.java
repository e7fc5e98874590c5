package dev.opencif.domain.customer;

import static dev.opencif.domain.customer.CustomerStatus.ACTIVE;
import static dev.opencif.domain.customer.CustomerStatus.BLOCKED;
import static dev.opencif.domain.customer.CustomerStatus.CANDIDATE;
import static dev.opencif.domain.customer.CustomerStatus.CLOSED;
import static dev.opencif.domain.customer.CustomerStatus.PROSPECT;
import static dev.opencif.domain.support.DomainAssertions.assertInvalidTransition;
import static dev.opencif.domain.support.TestCustomers.LATER;
import static dev.opencif.domain.support.TestCustomers.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opencif.domain.shared.DomainEvent;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class CustomerStatusTest {

    /** The lifecycle as specified; everything not listed is forbidden. */
    private static final Map<CustomerStatus, Set<CustomerStatus>> ALLOWED = Map.of(
            PROSPECT, EnumSet.of(CANDIDATE, ACTIVE, CLOSED),
            CANDIDATE, EnumSet.of(ACTIVE, CLOSED),
            ACTIVE, EnumSet.of(BLOCKED, CLOSED),
            BLOCKED, EnumSet.of(ACTIVE, CLOSED),
            CLOSED, EnumSet.noneOf(CustomerStatus.class));

    static Stream<Arguments> allowedPairs() {
        return pairs(true);
    }

    static Stream<Arguments> forbiddenPairs() {
        return pairs(false);
    }

    private static Stream<Arguments> pairs(boolean allowed) {
        return Stream.of(CustomerStatus.values()).flatMap(from -> Stream.of(CustomerStatus.values())
                .filter(to -> from != to && ALLOWED.get(from).contains(to) == allowed)
                .map(to -> Arguments.of(from, to)));
    }

    @Test
    void the_table_covers_every_pair_of_distinct_states() {
        assertThat(allowedPairs().count() + forbiddenPairs().count()).isEqualTo(5 * 4);
        assertThat(allowedPairs().count()).isEqualTo(9);
    }

    @ParameterizedTest(name = "{0} -> {1} is allowed")
    @MethodSource("allowedPairs")
    void allows_the_specified_transition(CustomerStatus from, CustomerStatus to) {
        assertThat(from.canBecome(to)).isTrue();
        assertThat(from.successors()).contains(to);
    }

    @ParameterizedTest(name = "{0} -> {1} is forbidden")
    @MethodSource("forbiddenPairs")
    void forbids_every_other_transition(CustomerStatus from, CustomerStatus to) {
        assertThat(from.canBecome(to)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(CustomerStatus.class)
    void no_state_is_its_own_successor(CustomerStatus status) {
        assertThat(status.canBecome(status)).isFalse();
    }

    @ParameterizedTest(name = "customer {0} -> {1}")
    @MethodSource("allowedPairs")
    void customer_moves_along_an_allowed_transition_and_records_it(CustomerStatus from, CustomerStatus to) {
        Customer customer = aCustomer().status(from).build();

        customer.changeStatus(to, LATER);

        assertThat(customer.status()).isEqualTo(to);
        assertThat(customer.state().updatedAt()).isEqualTo(LATER);
        assertThat(customer.pullEvents()).containsExactly(new CustomerEvent.StatusChanged(customer.id(), from, to, LATER));
    }

    @ParameterizedTest(name = "customer {0} -> {1}")
    @MethodSource("forbiddenPairs")
    void customer_refuses_a_forbidden_transition_and_stays_unchanged(CustomerStatus from, CustomerStatus to) {
        Customer customer = aCustomer().status(from).build();
        CustomerState before = customer.state();

        assertInvalidTransition(() -> customer.changeStatus(to, LATER), "Customer", from, to);

        assertThat(customer.state()).isEqualTo(before);
        assertThat(customer.pullEvents()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(CustomerStatus.class)
    void customer_changing_to_the_same_status_is_a_no_op(CustomerStatus status) {
        Customer customer = aCustomer().status(status).build();
        CustomerState before = customer.state();

        customer.changeStatus(status, LATER);

        assertThat(customer.state()).isEqualTo(before);
        assertThat(customer.pullEvents()).extracting(DomainEvent::type).isEmpty();
    }

    @Test
    void only_prospect_candidate_and_active_are_initial() {
        assertThat(Stream.of(CustomerStatus.values()).filter(CustomerStatus::isInitial)).containsExactly(PROSPECT, CANDIDATE, ACTIVE);
    }
}
