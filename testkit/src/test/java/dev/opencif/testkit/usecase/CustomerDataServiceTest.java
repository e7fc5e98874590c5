package dev.opencif.testkit.usecase;

import static dev.opencif.testkit.usecase.CustomerServiceTestData.ACME;
import static dev.opencif.testkit.usecase.CustomerServiceTestData.GLOBEX;
import static dev.opencif.testkit.usecase.CustomerServiceTestData.ORIGIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opencif.application.port.in.customer.AddAddressCommand;
import dev.opencif.application.port.in.customer.AddContactDetailCommand;
import dev.opencif.application.port.in.customer.GetPersonQuery;
import dev.opencif.application.port.in.customer.ListAddressesQuery;
import dev.opencif.application.port.in.customer.ListContactDetailsQuery;
import dev.opencif.application.port.in.customer.ListPersonsQuery;
import dev.opencif.application.shared.PersonRecord;
import dev.opencif.application.shared.PersonRole;
import dev.opencif.application.port.in.customer.SaveRepresentativeCommand;
import dev.opencif.application.port.in.customer.UpdateAddressCommand;
import dev.opencif.application.service.CustomerDataService;
import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Page;
import dev.opencif.application.shared.PageRequest;
import dev.opencif.application.shared.Viewer;
import dev.opencif.domain.agreement.AgreementId;
import dev.opencif.domain.customer.Address;
import dev.opencif.domain.customer.AddressId;
import dev.opencif.domain.customer.AddressType;
import dev.opencif.domain.customer.ContactDetail;
import dev.opencif.domain.customer.ContactDetailId;
import dev.opencif.domain.customer.ContactMedium;
import dev.opencif.domain.customer.CustomerEvent;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.CustomerState;
import dev.opencif.domain.customer.RelationType;
import dev.opencif.domain.customer.Representative;
import dev.opencif.domain.customer.RepresentativeId;
import dev.opencif.domain.error.FieldError;
import dev.opencif.domain.error.NotFoundException;
import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.identifier.PhoneNumber;
import dev.opencif.domain.shared.CountryCode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CustomerDataServiceTest {
    private static final String FINTECH = "fintech-1";

    private final UseCaseFixture fixture = UseCaseFixture.create();
    private final CustomerServiceTestData data = new CustomerServiceTestData(fixture);
    private final CustomerDataService service = new CustomerDataService(fixture.context());

    private static List<String> fields(ValidationException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    private static Address home(AddressId id, String street) {
        return new Address(id, AddressType.HOME, CountryCode.VN, "Hanoi", "Hoan Kiem", null, street, "12", null, null,
                null, "100000", null, null);
    }

    private CustomerState stored(CustomerId id) {
        return data.load(id).state();
    }

    private Representative represent(CustomerState customer, CustomerState person, RelationType relation) {
        return service.save(new SaveRepresentativeCommand(ORIGIN, CustomerRef.id(customer.id()), null,
                CustomerRef.id(person.id()), relation));
    }

    private static PhoneNumber phoneOf(CustomerState customer) {
        return customer.identifiers().stream().filter(PhoneNumber.class::isInstance).map(PhoneNumber.class::cast).findFirst().orElseThrow();
    }

    @Nested
    class Addresses {
        @Test
        void adds_an_address_that_the_customer_then_lists() {
            CustomerState customer = data.activeCustomer();
            Address address = home(AddressId.random(), "Hang Bai");

            Address added = service.add(new AddAddressCommand(ORIGIN, CustomerRef.id(customer.id()), Viewer.bank(), address));

            assertThat(added).isEqualTo(address);
            assertThat(service.list(new ListAddressesQuery(CustomerRef.id(customer.id()), Viewer.bank()))).containsExactly(address);
            assertThat(stored(customer.id()).version()).isEqualTo(customer.version() + 1);
            assertThat(fixture.adapters().events().published(CustomerEvent.AddressSaved.class))
                    .singleElement().satisfies(e -> assertThat(e.addressId()).isEqualTo(address.id()));
            assertThat(data.operationsLoggedFor(customer.id())).containsExactly("onboard-customer", "add-address");
        }

        @Test
        void replaces_an_address_in_place() {
            CustomerState customer = data.activeCustomer();
            AddressId id = AddressId.random();
            Address other = home(AddressId.random(), "Trang Tien");
            service.add(new AddAddressCommand(ORIGIN, CustomerRef.id(customer.id()), Viewer.bank(), home(id, "Hang Bai")));
            service.add(new AddAddressCommand(ORIGIN, CustomerRef.id(customer.id()), Viewer.bank(), other));

            Address updated = service.update(new UpdateAddressCommand(ORIGIN, CustomerRef.id(customer.id()), Viewer.bank(), home(id, "Ly Thai To")));

            assertThat(service.list(new ListAddressesQuery(CustomerRef.id(customer.id()), Viewer.bank()))).containsExactly(updated, other);
            assertThat(updated.streetName()).isEqualTo("Ly Thai To");
            assertThat(data.operationsLoggedFor(customer.id())).endsWith("update-address");
        }

        @Test
        void reports_an_unknown_address_as_not_found() {
            CustomerState customer = data.activeCustomer();

            assertThatThrownBy(() -> service.update(new UpdateAddressCommand(ORIGIN, CustomerRef.id(customer.id()), Viewer.bank(),
                    home(AddressId.random(), "Hang Bai"))))
                    .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.entity()).isEqualTo("Address"));
            assertThat(stored(customer.id())).isEqualTo(customer);
        }

        @Test
        void rejects_an_address_id_the_customer_already_uses() {
            CustomerState customer = data.activeCustomer();
            AddressId id = AddressId.random();
            service.add(new AddAddressCommand(ORIGIN, CustomerRef.id(customer.id()), Viewer.bank(), home(id, "Hang Bai")));

            assertThatThrownBy(() -> service.add(new AddAddressCommand(ORIGIN, CustomerRef.id(customer.id()), Viewer.bank(), home(id, "Other"))))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e)).containsExactly("address.id"));
        }

        @Test
        void hides_the_addresses_of_another_counterpartys_customer() {
            CustomerState customer = data.customerOf(ACME);

            assertThatThrownBy(() -> service.add(new AddAddressCommand(ORIGIN, CustomerRef.id(customer.id()), Viewer.counterparty(GLOBEX),
                    home(AddressId.random(), "Hang Bai")))).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> service.list(new ListAddressesQuery(CustomerRef.id(customer.id()), Viewer.counterparty(GLOBEX))))
                    .isInstanceOf(NotFoundException.class);
            assertThat(stored(customer.id())).isEqualTo(customer);
        }

        @Test
        void rejects_a_command_without_address_naming_the_field() {
            CustomerState customer = data.activeCustomer();

            assertThatThrownBy(() -> service.add(new AddAddressCommand(ORIGIN, CustomerRef.id(customer.id()), Viewer.bank(), null)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e)).containsExactly("address"));
        }
    }

    @Nested
    class ContactDetails {
        @Test
        void lists_stored_contacts_then_the_primary_phone_and_email() {
            CustomerState customer = data.activeCustomer();
            ContactDetail work = new ContactDetail(ContactDetailId.random(), ContactMedium.EMAIL, "business", "an@work.example", null);
            service.add(new AddContactDetailCommand(ORIGIN, CustomerRef.id(customer.id()), Viewer.bank(), work));

            List<ContactDetail> contacts = service.list(new ListContactDetailsQuery(CustomerRef.id(customer.id()), Viewer.bank()));

            assertThat(contacts).containsExactly(work,
                    new ContactDetail(primaryId(customer.id(), ContactMedium.MOBILE), ContactMedium.MOBILE, "primary", phoneOf(customer).value(), null),
                    new ContactDetail(primaryId(customer.id(), ContactMedium.EMAIL), ContactMedium.EMAIL, "primary", "an.nguyen@example.vn", null));
        }

        private ContactDetailId primaryId(CustomerId customer, ContactMedium medium) {
            return new ContactDetailId(UUID.nameUUIDFromBytes((customer + ":" + medium).getBytes(StandardCharsets.UTF_8)));
        }

        @Test
        void gives_the_primary_contacts_the_same_id_on_every_read() {
            CustomerState customer = data.activeCustomer();

            List<ContactDetail> first = service.list(new ListContactDetailsQuery(CustomerRef.id(customer.id()), Viewer.bank()));
            List<ContactDetail> second = service.list(new ListContactDetailsQuery(CustomerRef.id(customer.id()), Viewer.bank()));

            assertThat(first).hasSize(2).isEqualTo(second);
        }

        @Test
        void does_not_repeat_a_phone_or_email_already_stored_as_a_contact() {
            CustomerState customer = data.activeCustomer();
            ContactDetail phone = new ContactDetail(ContactDetailId.random(), ContactMedium.PHONE, "private", phoneOf(customer).value(), null);
            ContactDetail email = new ContactDetail(ContactDetailId.random(), ContactMedium.EMAIL, "private", "an.nguyen@example.vn", null);
            service.add(new AddContactDetailCommand(ORIGIN, CustomerRef.id(customer.id()), Viewer.bank(), phone));
            service.add(new AddContactDetailCommand(ORIGIN, CustomerRef.id(customer.id()), Viewer.bank(), email));

            assertThat(service.list(new ListContactDetailsQuery(CustomerRef.id(customer.id()), Viewer.bank()))).containsExactly(phone, email);
        }

        @Test
        void lists_only_stored_contacts_for_a_person_without_phone_or_email() {
            CustomerState customer = data.onboard(CustomerServiceTestData.registration(null, null, List.of(data.nextNationalId())));

            assertThat(service.list(new ListContactDetailsQuery(CustomerRef.id(customer.id()), Viewer.bank()))).isEmpty();
        }

        @Test
        void adds_a_contact_detail_and_logs_it() {
            CustomerState customer = data.activeCustomer();
            ContactDetail fax = new ContactDetail(ContactDetailId.random(), ContactMedium.FAX, null, "+842438251234", null);

            ContactDetail added = service.add(new AddContactDetailCommand(ORIGIN, CustomerRef.id(customer.id()), Viewer.bank(), fax));

            assertThat(added).isEqualTo(fax);
            assertThat(stored(customer.id()).contacts()).containsExactly(fax);
            assertThat(fixture.adapters().events().published(CustomerEvent.ContactDetailAdded.class)).hasSize(1);
            assertThat(data.operationsLoggedFor(customer.id())).containsExactly("onboard-customer", "add-contact-detail");
        }

        @Test
        void rejects_the_same_contact_twice() {
            CustomerState customer = data.activeCustomer();
            service.add(new AddContactDetailCommand(ORIGIN, CustomerRef.id(customer.id()), Viewer.bank(),
                    new ContactDetail(ContactDetailId.random(), ContactMedium.EMAIL, null, "an@work.example", null)));

            assertThatThrownBy(() -> service.add(new AddContactDetailCommand(ORIGIN, CustomerRef.id(customer.id()), Viewer.bank(),
                    new ContactDetail(ContactDetailId.random(), ContactMedium.EMAIL, null, "an@work.example", null))))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e)).containsExactly("contactDetail.content"));
        }

        @Test
        void lets_a_service_user_read_the_contacts_of_the_representative_of_a_consenting_customer() {
            CustomerState customer = data.activeCustomer();
            CustomerState guardian = data.activeCustomer();
            represent(customer, guardian, RelationType.GUARDIAN);
            data.grantOpenFinance(customer.id(), FINTECH);
            ContactDetail fax = new ContactDetail(ContactDetailId.random(), ContactMedium.FAX, null, "+842438251234", null);
            service.add(new AddContactDetailCommand(ORIGIN, CustomerRef.id(guardian.id()), Viewer.bank(), fax));

            assertThat(service.list(new ListContactDetailsQuery(CustomerRef.id(guardian.id()), Viewer.serviceUser(FINTECH))))
                    .startsWith(fax).hasSize(3);
        }

        @Test
        void refuses_a_service_user_writing_to_a_representative_who_did_not_consent_and_changes_nothing() {
            CustomerState customer = data.activeCustomer();
            CustomerState guardian = data.activeCustomer();
            represent(customer, guardian, RelationType.GUARDIAN);
            data.grantOpenFinance(customer.id(), FINTECH);
            CustomerState before = stored(guardian.id());

            assertThatThrownBy(() -> service.add(new AddContactDetailCommand(ORIGIN, CustomerRef.id(guardian.id()), Viewer.serviceUser(FINTECH),
                    new ContactDetail(ContactDetailId.random(), ContactMedium.FAX, null, "+842438251234", null))))
                    .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.entity()).isEqualTo("Person"));

            assertThat(stored(guardian.id())).isEqualTo(before);
            assertThat(fixture.adapters().events().published(CustomerEvent.ContactDetailAdded.class)).isEmpty();
            assertThat(data.operationsLoggedFor(guardian.id())).containsExactly("onboard-customer");
        }

        @Test
        void lets_a_service_user_write_to_a_representative_who_consented_too() {
            CustomerState customer = data.activeCustomer();
            CustomerState guardian = data.activeCustomer();
            represent(customer, guardian, RelationType.GUARDIAN);
            data.grantOpenFinance(customer.id(), FINTECH);
            data.grantOpenFinance(guardian.id(), FINTECH);
            ContactDetail fax = new ContactDetail(ContactDetailId.random(), ContactMedium.FAX, null, "+842438251234", null);

            service.add(new AddContactDetailCommand(ORIGIN, CustomerRef.id(guardian.id()), Viewer.serviceUser(FINTECH), fax));

            assertThat(stored(guardian.id()).contacts()).containsExactly(fax);
        }

        @Test
        void refuses_a_counterparty_writing_to_a_representative_outside_its_customers() {
            CustomerState customer = data.customerOf(ACME);
            CustomerState guardian = data.activeCustomer();
            represent(customer, guardian, RelationType.GUARDIAN);

            assertThat(service.list(new ListContactDetailsQuery(CustomerRef.id(guardian.id()), Viewer.counterparty(ACME)))).isNotEmpty();
            assertThatThrownBy(() -> service.add(new AddContactDetailCommand(ORIGIN, CustomerRef.id(guardian.id()), Viewer.counterparty(ACME),
                    new ContactDetail(ContactDetailId.random(), ContactMedium.FAX, null, "+842438251234", null))))
                    .isInstanceOf(NotFoundException.class);
            assertThat(stored(guardian.id()).contacts()).isEmpty();
        }

        @Test
        void hides_a_person_unrelated_to_the_viewers_customers() {
            CustomerState customer = data.activeCustomer();
            CustomerState stranger = data.activeCustomer();
            data.grantOpenFinance(customer.id(), FINTECH);

            assertThatThrownBy(() -> service.list(new ListContactDetailsQuery(CustomerRef.id(stranger.id()), Viewer.serviceUser(FINTECH))))
                    .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.entity()).isEqualTo("Person"));
            assertThatThrownBy(() -> service.add(new AddContactDetailCommand(ORIGIN, CustomerRef.id(stranger.id()), Viewer.serviceUser(FINTECH),
                    new ContactDetail(ContactDetailId.random(), ContactMedium.FAX, null, "+842438251234", null))))
                    .isInstanceOf(NotFoundException.class);
            assertThat(stored(stranger.id())).isEqualTo(stranger);
        }

        @Test
        void reports_an_unknown_person_as_not_found() {
            assertThatThrownBy(() -> service.list(new ListContactDetailsQuery(CustomerRef.id(CustomerId.random()), Viewer.bank())))
                    .isInstanceOf(NotFoundException.class);
        }

        @Test
        void rejects_a_command_without_contact_detail_naming_the_field() {
            CustomerState customer = data.activeCustomer();

            assertThatThrownBy(() -> service.add(new AddContactDetailCommand(ORIGIN, CustomerRef.id(customer.id()), Viewer.bank(), null)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e)).containsExactly("contactDetail"));
        }
    }

    @Nested
    class Persons {
        private Page<PersonRecord> persons(Viewer viewer) {
            return service.list(new ListPersonsQuery(viewer, PageRequest.defaults()));
        }

        @Test
        void lists_each_consenting_customer_as_holder_and_its_representatives_with_their_relation() {
            CustomerState child = data.activeCustomer();
            CustomerState mother = data.activeCustomer();
            CustomerState notConsenting = data.activeCustomer();
            represent(child, mother, RelationType.GUARDIAN);
            data.grantOpenFinance(child.id(), FINTECH);

            Page<PersonRecord> page = persons(Viewer.serviceUser(FINTECH));

            assertThat(page.total()).isEqualTo(2);
            assertThat(page.items()).extracting(p -> p.person().id()).containsExactly(child.id(), mother.id());
            assertThat(page.items().get(0).roles()).containsExactly(new PersonRole(child.id(), RelationType.HOLDER));
            assertThat(page.items().get(1).roles()).containsExactly(new PersonRole(child.id(), RelationType.GUARDIAN));
            assertThat(page.items()).noneMatch(p -> p.person().id().equals(notConsenting.id()));
        }

        @Test
        void merges_the_roles_of_a_person_who_holds_and_represents() {
            CustomerState husband = data.activeCustomer();
            CustomerState wife = data.activeCustomer();
            represent(husband, wife, RelationType.SPOUSE);
            represent(wife, husband, RelationType.PROXY);
            data.grantOpenFinance(husband.id(), FINTECH);
            data.grantOpenFinance(wife.id(), FINTECH);

            List<PersonRecord> persons = persons(Viewer.serviceUser(FINTECH)).items();

            assertThat(persons).hasSize(2);
            assertThat(persons.get(0).roles()).containsExactly(new PersonRole(husband.id(), RelationType.HOLDER),
                    new PersonRole(wife.id(), RelationType.PROXY));
            assertThat(persons.get(1).roles()).containsExactly(new PersonRole(wife.id(), RelationType.HOLDER),
                    new PersonRole(husband.id(), RelationType.SPOUSE));
        }

        @Test
        void orders_persons_by_cif() {
            CustomerState representative = data.activeCustomer();
            CustomerState customer = data.activeCustomer();
            represent(customer, representative, RelationType.AUTHORIZED_PERSON);
            data.grantOpenFinance(customer.id(), FINTECH);

            assertThat(persons(Viewer.serviceUser(FINTECH)).items()).extracting(p -> p.person().number())
                    .containsExactly(representative.number(), customer.number());
        }

        @Test
        void shows_a_service_user_nobody_once_the_consent_is_revoked() {
            CustomerState customer = data.activeCustomer();
            AgreementId consent = data.grantOpenFinance(customer.id(), FINTECH);
            data.revoke(consent);

            assertThat(persons(Viewer.serviceUser(FINTECH)).items()).isEmpty();
            assertThatThrownBy(() -> service.get(new GetPersonQuery(CustomerRef.id(customer.id()), Viewer.serviceUser(FINTECH))))
                    .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.entity()).isEqualTo("Person"));
        }

        @Test
        void lists_a_counterpartys_customers_and_their_representatives_only() {
            CustomerState acme = data.customerOf(ACME);
            CustomerState acmeProxy = data.customerOf(GLOBEX);
            CustomerState globex = data.customerOf(GLOBEX);
            represent(acme, acmeProxy, RelationType.PROXY);

            Page<PersonRecord> page = persons(Viewer.counterparty(ACME));

            assertThat(page.items()).extracting(p -> p.person().id()).containsExactly(acme.id(), acmeProxy.id());
            assertThat(page.items()).noneMatch(p -> p.person().id().equals(globex.id()));
        }

        @Test
        void pages_through_every_customer_of_a_large_counterparty() {
            for (int i = 0; i < 502; i++) {
                data.customerOf(ACME);
            }
            data.customerOf(GLOBEX);

            Page<PersonRecord> page = service.list(new ListPersonsQuery(Viewer.counterparty(ACME), new PageRequest(500, 10)));

            assertThat(page.total()).isEqualTo(502);
            assertThat(page.items()).hasSize(2);
        }

        @Test
        void shows_the_bank_a_page_of_all_customers_with_the_roles_among_them() {
            CustomerState first = data.customerOf(ACME);
            CustomerState second = data.activeCustomer();
            CustomerState third = data.customerOf(GLOBEX);
            represent(third, first, RelationType.LEGAL_REPRESENTATIVE);

            Page<PersonRecord> all = persons(Viewer.bank());
            Page<PersonRecord> firstTwo = service.list(new ListPersonsQuery(Viewer.bank(), PageRequest.first(2)));

            assertThat(all.items()).extracting(p -> p.person().id()).containsExactly(first.id(), second.id(), third.id());
            assertThat(all.items().get(0).roles()).containsExactly(new PersonRole(first.id(), RelationType.HOLDER),
                    new PersonRole(third.id(), RelationType.LEGAL_REPRESENTATIVE));
            assertThat(firstTwo.total()).isEqualTo(3);
            assertThat(firstTwo.items()).hasSize(2);
            assertThat(firstTwo.items().get(0).roles()).containsExactly(new PersonRole(first.id(), RelationType.HOLDER));
        }

        @Test
        void pages_the_persons_of_a_service_user() {
            CustomerState first = data.activeCustomer();
            CustomerState second = data.activeCustomer();
            data.grantOpenFinance(first.id(), FINTECH);
            data.grantOpenFinance(second.id(), FINTECH);

            Page<PersonRecord> page = service.list(new ListPersonsQuery(Viewer.serviceUser(FINTECH), new PageRequest(1, 1)));

            assertThat(page.total()).isEqualTo(2);
            assertThat(page.items()).extracting(p -> p.person().id()).containsExactly(second.id());
        }

        @Test
        void reads_one_person_with_its_roles() {
            CustomerState child = data.activeCustomer();
            CustomerState mother = data.activeCustomer();
            represent(child, mother, RelationType.GUARDIAN);
            data.grantOpenFinance(child.id(), FINTECH);

            PersonRecord person = service.get(new GetPersonQuery(CustomerRef.id(mother.id()), Viewer.serviceUser(FINTECH)));

            assertThat(person.person()).isEqualTo(stored(mother.id()));
            assertThat(person.roles()).containsExactly(new PersonRole(child.id(), RelationType.GUARDIAN));
        }

        @Test
        void shows_the_bank_any_person_as_its_own_holder() {
            CustomerState customer = data.customerOf(ACME);

            PersonRecord person = service.get(new GetPersonQuery(CustomerRef.number(customer.number()), Viewer.bank()));

            assertThat(person.roles()).containsExactly(new PersonRole(customer.id(), RelationType.HOLDER));
        }

        @Test
        void hides_a_person_unrelated_to_the_viewers_customers() {
            CustomerState acme = data.customerOf(ACME);
            CustomerState globex = data.customerOf(GLOBEX);

            assertThatThrownBy(() -> service.get(new GetPersonQuery(CustomerRef.id(globex.id()), Viewer.counterparty(ACME))))
                    .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.entity()).isEqualTo("Person"));
            assertThat(service.get(new GetPersonQuery(CustomerRef.id(acme.id()), Viewer.counterparty(ACME))).person().id()).isEqualTo(acme.id());
        }

        @Test
        void reports_an_unknown_person_as_not_found() {
            assertThatThrownBy(() -> service.get(new GetPersonQuery(CustomerRef.id(CustomerId.random()), Viewer.bank())))
                    .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.entity()).isEqualTo("Person"));
        }

        @Test
        void rejects_a_query_without_paging_naming_the_field() {
            assertThatThrownBy(() -> service.list(new ListPersonsQuery(Viewer.bank(), null)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e)).containsExactly("page"));
        }
    }

    @Nested
    class Representatives {
        @Test
        void adds_a_representative_under_a_new_id_and_logs_it() {
            CustomerState customer = data.activeCustomer();
            CustomerState proxy = data.activeCustomer();

            Representative saved = represent(customer, proxy, RelationType.PROXY);

            assertThat(saved.person()).isEqualTo(proxy.id());
            assertThat(saved.relation()).isEqualTo(RelationType.PROXY);
            assertThat(stored(customer.id()).representatives()).containsExactly(saved);
            assertThat(fixture.adapters().events().published(CustomerEvent.RepresentativeSaved.class))
                    .singleElement().satisfies(e -> assertThat(e.representativeId()).isEqualTo(saved.id()));
            assertThat(data.operationsLoggedFor(customer.id())).containsExactly("onboard-customer", "save-representative");
        }

        @Test
        void updates_the_representative_with_the_given_id() {
            CustomerState customer = data.activeCustomer();
            CustomerState proxy = data.activeCustomer();
            Representative saved = represent(customer, proxy, RelationType.PROXY);

            Representative updated = service.save(new SaveRepresentativeCommand(ORIGIN, CustomerRef.number(customer.number()), saved.id(),
                    CustomerRef.number(proxy.number()), RelationType.AUTHORIZED_PERSON));

            assertThat(updated).isEqualTo(new Representative(saved.id(), proxy.id(), RelationType.AUTHORIZED_PERSON));
            assertThat(stored(customer.id()).representatives()).containsExactly(updated);
        }

        @Test
        void reports_an_unknown_representative_id_as_not_found() {
            CustomerState customer = data.activeCustomer();
            CustomerState proxy = data.activeCustomer();

            assertThatThrownBy(() -> service.save(new SaveRepresentativeCommand(ORIGIN, CustomerRef.id(customer.id()), RepresentativeId.random(),
                    CustomerRef.id(proxy.id()), RelationType.PROXY)))
                    .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.entity()).isEqualTo("Representative"));
            assertThat(stored(customer.id())).isEqualTo(customer);
        }

        @Test
        void reports_a_representative_without_customer_record_as_not_found_and_writes_nothing() {
            CustomerState customer = data.activeCustomer();

            assertThatThrownBy(() -> service.save(new SaveRepresentativeCommand(ORIGIN, CustomerRef.id(customer.id()), null,
                    CustomerRef.id(CustomerId.random()), RelationType.PROXY))).isInstanceOf(NotFoundException.class);
            assertThat(stored(customer.id())).isEqualTo(customer);
            assertThat(data.operationsLoggedFor(customer.id())).containsExactly("onboard-customer");
        }

        @Test
        void reports_an_unknown_customer_as_not_found() {
            CustomerState proxy = data.activeCustomer();

            assertThatThrownBy(() -> service.save(new SaveRepresentativeCommand(ORIGIN, CustomerRef.id(CustomerId.random()), null,
                    CustomerRef.id(proxy.id()), RelationType.PROXY))).isInstanceOf(NotFoundException.class);
        }

        @Test
        void refuses_a_customer_as_its_own_representative() {
            CustomerState customer = data.activeCustomer();

            assertThatThrownBy(() -> represent(customer, customer, RelationType.PROXY))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e)).containsExactly("representative.person"));
        }

        @Test
        void refuses_holder_as_a_representative_relation() {
            CustomerState customer = data.activeCustomer();
            CustomerState other = data.activeCustomer();

            assertThatThrownBy(() -> represent(customer, other, RelationType.HOLDER))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e)).containsExactly("representative.relation"));
        }

        @Test
        void rejects_a_command_without_relation_naming_the_field() {
            CustomerState customer = data.activeCustomer();
            CustomerState other = data.activeCustomer();

            assertThatThrownBy(() -> represent(customer, other, null))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e)).containsExactly("relation"));
        }
    }
}
