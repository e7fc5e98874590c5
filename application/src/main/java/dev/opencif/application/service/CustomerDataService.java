package dev.opencif.application.service;

import dev.opencif.application.port.in.customer.AddAddressCommand;
import dev.opencif.application.port.in.customer.AddAddressUseCase;
import dev.opencif.application.port.in.customer.AddContactDetailCommand;
import dev.opencif.application.port.in.customer.AddContactDetailUseCase;
import dev.opencif.application.port.in.customer.GetPersonQuery;
import dev.opencif.application.port.in.customer.GetPersonUseCase;
import dev.opencif.application.port.in.customer.ListAddressesQuery;
import dev.opencif.application.port.in.customer.ListAddressesUseCase;
import dev.opencif.application.port.in.customer.ListContactDetailsQuery;
import dev.opencif.application.port.in.customer.ListContactDetailsUseCase;
import dev.opencif.application.port.in.customer.ListPersonsQuery;
import dev.opencif.application.port.in.customer.ListPersonsUseCase;
import dev.opencif.application.shared.PersonRecord;
import dev.opencif.application.port.in.customer.SaveRepresentativeCommand;
import dev.opencif.application.port.in.customer.SaveRepresentativeUseCase;
import dev.opencif.application.port.in.customer.UpdateAddressCommand;
import dev.opencif.application.port.in.customer.UpdateAddressUseCase;
import dev.opencif.application.shared.Origin;
import dev.opencif.application.shared.Page;
import dev.opencif.domain.customer.Address;
import dev.opencif.domain.customer.ContactDetail;
import dev.opencif.domain.customer.ContactDetailId;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.Representative;
import dev.opencif.domain.customer.RepresentativeId;
import dev.opencif.domain.error.NotFoundException;
import dev.opencif.domain.shared.DomainEvent;
import java.util.List;
import java.util.Objects;

/**
 * A customer's addresses, contact details and representatives, and the persons (customer records)
 * related to the customers a viewer may see.
 * <p>A viewer's persons: for a counterparty, each of its customers as HOLDER and each of their
 * representatives with the relation (roles merged per person, ordered by CIF); for an open-finance
 * service user the same over the customers with an effective OPEN_FINANCE consent to it. For the bank,
 * which sees every customer, a page of persons is the same page of all customers by CIF, each as its
 * own HOLDER plus the representative roles it holds towards customers on that page; one person read
 * by the bank carries only its HOLDER role.
 * <p>Contact details are read for a person, so a representative of a visible customer is readable there
 * through the holder's consent; they are added only to a person the viewer may see as a customer itself (for a
 * service user: one who consented), as a representative never agreed to changes by the holder's service user.
 * Addresses and representatives belong to a visible customer.
 */
public final class CustomerDataService implements AddAddressUseCase, UpdateAddressUseCase, ListAddressesUseCase,
        AddContactDetailUseCase, ListContactDetailsUseCase, ListPersonsUseCase, GetPersonUseCase, SaveRepresentativeUseCase {

    private final ServiceContext ctx;
    private final CustomerDataServicePersons persons;

    public CustomerDataService(ServiceContext ctx) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.persons = new CustomerDataServicePersons(ctx);
    }

    @Override
    public Address add(AddAddressCommand command) {
        ctx.validate(command);
        return ctx.inTransaction(() -> {
            Customer customer = ctx.customers().require(command.customer(), command.viewer());
            customer.addAddress(command.address(), ctx.now());
            save(customer, command.origin(), "add-address");
            return command.address();
        });
    }

    @Override
    public Address update(UpdateAddressCommand command) {
        ctx.validate(command);
        return ctx.inTransaction(() -> {
            Customer customer = ctx.customers().require(command.customer(), command.viewer());
            customer.updateAddress(command.address(), ctx.now());
            save(customer, command.origin(), "update-address");
            return command.address();
        });
    }

    @Override
    public List<Address> list(ListAddressesQuery query) {
        ctx.validate(query);
        return ctx.customers().require(query.customer(), query.viewer()).state().addresses();
    }

    @Override
    public ContactDetail add(AddContactDetailCommand command) {
        ctx.validate(command);
        return ctx.inTransaction(() -> {
            Customer person = ctx.customers().find(command.person())
                    .filter(c -> ctx.customers().isVisible(c, command.viewer()))
                    .orElseThrow(() -> new NotFoundException("Person", command.person().describe()));
            person.addContactDetail(command.contactDetail(), ctx.now());
            save(person, command.origin(), "add-contact-detail");
            return command.contactDetail();
        });
    }

    @Override
    public List<ContactDetail> list(ListContactDetailsQuery query) {
        ctx.validate(query);
        return PersonRecord.contactDetailsOf(persons.require(query.person(), query.viewer()).state());
    }

    @Override
    public Page<PersonRecord> list(ListPersonsQuery query) {
        ctx.validate(query);
        return persons.page(query.viewer(), query.page());
    }

    @Override
    public PersonRecord get(GetPersonQuery query) {
        ctx.validate(query);
        return persons.find(query.person(), query.viewer())
                .orElseThrow(() -> new NotFoundException("Person", query.person().describe()));
    }

    @Override
    public Representative save(SaveRepresentativeCommand command) {
        ctx.validate(command);
        return ctx.inTransaction(() -> {
            Customer customer = ctx.customers().require(command.customer());
            Customer person = ctx.customers().require(command.representative());
            RepresentativeId id = command.representativeId();
            if (id == null) {
                id = RepresentativeId.random();
            } else if (customer.state().representatives().stream().noneMatch(r -> r.id().equals(command.representativeId()))) {
                throw new NotFoundException("Representative", id.toString());
            }
            Representative representative = new Representative(id, person.id(), command.relation());
            customer.saveRepresentative(representative, ctx.now());
            save(customer, command.origin(), "save-representative");
            return representative;
        });
    }

    private void save(Customer customer, Origin origin, String operation) {
        List<DomainEvent> events = customer.pullEvents();
        ctx.ports().saveCustomer().save(customer);
        ctx.publish(events);
        ctx.logInteraction(origin, customer.id(), operation);
    }
}
