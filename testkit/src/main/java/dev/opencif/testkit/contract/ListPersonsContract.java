package dev.opencif.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opencif.application.shared.ConsentScope;
import dev.opencif.application.shared.Page;
import dev.opencif.application.shared.PageRequest;
import dev.opencif.application.shared.PersonRecord;
import dev.opencif.application.shared.PersonRole;
import dev.opencif.application.shared.PersonScope;
import dev.opencif.domain.customer.CounterpartyId;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.RelationType;
import dev.opencif.domain.customer.Representative;
import dev.opencif.domain.customer.RepresentativeId;
import dev.opencif.testkit.builder.AgreementBuilder;
import dev.opencif.testkit.builder.CustomerBuilder;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link dev.opencif.application.port.out.ListPersonsPort}: a scope's persons are its customers (each its
 * own HOLDER) and their representatives (with the relation), ordered by CIF, roles merged per person; nobody else.
 */
public abstract class ListPersonsContract extends PortContract {

    private Customer representedBy(Customer holder, Customer person, RelationType relation) {
        Customer loaded = ports.loadCustomer().findById(holder.id()).orElseThrow();
        loaded.saveRepresentative(new Representative(RepresentativeId.random(), person.id(), relation), now());
        return ports.saveCustomer().save(loaded);
    }

    private void consent(String grantee, Customer customer) {
        ports.agreements().save(AgreementBuilder.anOpenFinanceConsent(grantee).forCustomer(customer.id())
                .startingOn(LocalDate.ofInstant(now(), ZoneOffset.UTC).minusDays(1)).build(clock));
    }

    private static List<CustomerId> ids(Page<PersonRecord> page) {
        return page.items().stream().map(p -> p.person().id()).toList();
    }

    @Test
    public void a_counterpartys_persons_are_its_customers_and_their_representatives_by_cif() {
        CounterpartyId counterparty = new CounterpartyId(UUID.randomUUID());
        Customer first = CustomerBuilder.aCustomer().inCounterparty(counterparty).savedIn(ports);
        Customer outsider = storedCustomer();
        Customer second = CustomerBuilder.aCustomer().inCounterparty(counterparty).savedIn(ports);
        CustomerBuilder.aCustomer().inCounterparty(new CounterpartyId(UUID.randomUUID())).savedIn(ports);
        representedBy(second, outsider, RelationType.GUARDIAN);
        representedBy(first, second, RelationType.PROXY);

        Page<PersonRecord> page = ports.listPersons().persons(PersonScope.ofCounterparty(counterparty), PageRequest.defaults());

        assertThat(ids(page)).containsExactly(first.id(), outsider.id(), second.id());
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items().get(1).roles()).containsExactly(new PersonRole(second.id(), RelationType.GUARDIAN));
        assertThat(page.items().get(2).roles()).containsExactly(new PersonRole(second.id(), RelationType.HOLDER),
                new PersonRole(first.id(), RelationType.PROXY));
        assertThat(page.items().get(2).person().representatives()).hasSize(1);
    }

    @Test
    public void a_consent_scope_holds_the_consenting_customers_and_their_representatives_only() {
        String grantee = "svc-" + UUID.randomUUID();
        Customer consenting = storedCustomer();
        Customer representative = storedCustomer();
        Customer notConsenting = storedCustomer();
        Customer representsTheOther = storedCustomer();
        consent(grantee, consenting);
        representedBy(consenting, representative, RelationType.LEGAL_REPRESENTATIVE);
        representedBy(notConsenting, representsTheOther, RelationType.PROXY);
        PersonScope scope = PersonScope.consentedTo(ConsentScope.openFinance(grantee, now()));

        Page<PersonRecord> page = ports.listPersons().persons(scope, PageRequest.defaults());

        assertThat(ids(page)).containsExactly(consenting.id(), representative.id());
        assertThat(page.total()).isEqualTo(2);
        assertThat(ports.listPersons().person(scope, representative.id())).get().extracting(PersonRecord::roles)
                .isEqualTo(List.of(new PersonRole(consenting.id(), RelationType.LEGAL_REPRESENTATIVE)));
        assertThat(ports.listPersons().person(scope, notConsenting.id())).isEmpty();
        assertThat(ports.listPersons().person(scope, representsTheOther.id())).isEmpty();
        assertThat(ports.listPersons().person(scope, CustomerId.random())).isEmpty();
    }

    @Test
    public void pages_count_every_person_once_and_follow_the_cif_order() {
        CounterpartyId counterparty = new CounterpartyId(UUID.randomUUID());
        List<Customer> customers = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            customers.add(CustomerBuilder.aCustomer().inCounterparty(counterparty).savedIn(ports));
        }
        representedBy(customers.get(0), customers.get(4), RelationType.PROXY);
        PersonScope scope = PersonScope.ofCounterparty(counterparty);

        Page<PersonRecord> second = ports.listPersons().persons(scope, new PageRequest(2, 2));
        Page<PersonRecord> beyond = ports.listPersons().persons(scope, new PageRequest(10, 2));

        assertThat(ids(second)).containsExactly(customers.get(2).id(), customers.get(3).id());
        assertThat(second.total()).isEqualTo(5);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(5);
    }
}
