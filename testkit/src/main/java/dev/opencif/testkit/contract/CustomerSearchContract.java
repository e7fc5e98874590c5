package dev.opencif.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opencif.application.shared.ConsentScope;
import dev.opencif.application.shared.CustomerFilter;
import dev.opencif.application.shared.CustomerOrdering;
import dev.opencif.application.shared.Page;
import dev.opencif.application.shared.PageRequest;
import dev.opencif.domain.customer.CounterpartyId;
import dev.opencif.domain.customer.Customer;
import dev.opencif.domain.customer.CustomerChanges;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.customer.CustomerState;
import dev.opencif.domain.customer.CustomerStatus;
import dev.opencif.domain.customer.PersonName;
import dev.opencif.domain.kyc.KycLevel;
import dev.opencif.domain.shared.Money;
import dev.opencif.testkit.builder.AccountBuilder;
import dev.opencif.testkit.builder.AgreementBuilder;
import dev.opencif.testkit.builder.CustomerBuilder;
import dev.opencif.testkit.builder.CustomerFilterBuilder;
import dev.opencif.testkit.builder.UniqueValues;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Contract of {@link dev.opencif.application.port.out.SearchCustomersPort}: every criterion of
 * {@link CustomerFilter} with the semantics of {@link CustomerFilter#test}, every {@link CustomerOrdering},
 * paging and the total. Each test works inside its own fresh counterparty, so other data cannot interfere.
 */
public abstract class CustomerSearchContract extends PortContract {
    private static final String ISSUER_A = AccountBuilder.SAMPLE_ISSUER;
    private static final String ISSUER_B = "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ";

    private CounterpartyId scope;

    @BeforeEach
    protected void chooseScope() {
        scope = new CounterpartyId(UUID.randomUUID());
    }

    private Customer member(CustomerBuilder builder) {
        return builder.inCounterparty(scope).savedIn(ports);
    }

    private CustomerFilterBuilder filter() {
        return CustomerFilterBuilder.aFilter().inCounterparty(scope);
    }

    private List<CustomerId> ids(CustomerFilterBuilder filter) {
        return search(filter.build(), CustomerOrdering.CIF_ASC, PageRequest.first(PageRequest.MAX_LIMIT)).items().stream()
                .map(CustomerState::id).toList();
    }

    private Page<CustomerState> search(CustomerFilter filter, CustomerOrdering ordering, PageRequest page) {
        return ports.searchCustomers().search(filter, ordering, page);
    }

    private static Money uah(String amount) {
        return Money.of(amount, "UAH", 2);
    }

    @Test
    public void an_empty_filter_within_a_counterparty_matches_all_of_its_customers_and_no_others() {
        Customer a = member(CustomerBuilder.aCustomer());
        Customer b = member(CustomerBuilder.aCustomer());
        CustomerBuilder.aCustomer().inCounterparty(new CounterpartyId(UUID.randomUUID())).savedIn(ports);
        CustomerBuilder.aCustomer().savedIn(ports);

        Page<CustomerState> page = search(filter().build(), CustomerOrdering.CIF_ASC, PageRequest.defaults());

        assertThat(page.items()).extracting(CustomerState::id).containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(page.total()).isEqualTo(2);
    }

    @Test
    public void returns_the_stored_state_of_each_match() {
        Customer a = member(CustomerBuilder.aCustomer().withSegment("mass"));

        List<CustomerState> items = search(filter().build(), CustomerOrdering.CIF_ASC, PageRequest.defaults()).items();

        assertThat(items).containsExactly(a.state());
    }

    @Test
    public void filters_by_customer_ids() {
        Customer a = member(CustomerBuilder.aCustomer());
        member(CustomerBuilder.aCustomer());
        Customer c = member(CustomerBuilder.aCustomer());

        assertThat(ids(filter().customerIds(a.id(), c.id(), CustomerId.random()))).containsExactlyInAnyOrder(a.id(), c.id());
    }

    @Test
    public void a_consent_scope_matches_only_customers_with_an_effective_agreement_to_its_grantee() {
        String grantee = "svc-" + UUID.randomUUID();
        Customer consented = member(CustomerBuilder.aCustomer());
        Customer revoked = member(CustomerBuilder.aCustomer());
        Customer otherGrantee = member(CustomerBuilder.aCustomer());
        member(CustomerBuilder.aCustomer());
        LocalDate today = LocalDate.ofInstant(now(), ZoneOffset.UTC);
        ports.agreements().save(AgreementBuilder.anOpenFinanceConsent(grantee).forCustomer(consented.id())
                .startingOn(today.minusDays(1)).build(clock));
        ports.agreements().save(AgreementBuilder.anOpenFinanceConsent(grantee).forCustomer(revoked.id()).revoked().build(clock));
        ports.agreements().save(AgreementBuilder.anOpenFinanceConsent("other-" + grantee).forCustomer(otherGrantee.id())
                .startingOn(today.minusDays(1)).build(clock));

        Page<CustomerState> page = search(filter().build().withConsent(ConsentScope.openFinance(grantee, now())),
                CustomerOrdering.CIF_ASC, PageRequest.defaults());

        assertThat(page.items()).extracting(CustomerState::id).containsExactly(consented.id());
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    public void filters_by_logins_ignoring_case() {
        String login = UniqueValues.login().value();
        Customer a = member(CustomerBuilder.aWalletCustomer(scope).withLogin(login));
        member(CustomerBuilder.aWalletCustomer(scope));
        member(CustomerBuilder.aCustomer());

        assertThat(ids(filter().logins(login.toUpperCase(), "nobody-here"))).containsExactly(a.id());
    }

    @Test
    public void filters_by_kyc_levels() {
        Customer none = member(CustomerBuilder.aCustomer().withKyc(KycLevel.NONE));
        Customer ekyc = member(CustomerBuilder.aCustomer().withKyc(KycLevel.EKYC));
        member(CustomerBuilder.aCustomer().withKyc(KycLevel.STANDARD));

        assertThat(ids(filter().kycLevels(KycLevel.NONE, KycLevel.EKYC))).containsExactlyInAnyOrder(none.id(), ekyc.id());
        assertThat(ids(filter().kycLevels(KycLevel.ENHANCED))).isEmpty();
    }

    @Test
    public void filters_by_the_disabled_flag_both_ways() {
        Customer disabled = member(CustomerBuilder.aCustomer().disabled(true));
        Customer enabled = member(CustomerBuilder.aCustomer().disabled(false));

        assertThat(ids(filter().disabled(true))).containsExactly(disabled.id());
        assertThat(ids(filter().disabled(false))).containsExactly(enabled.id());
    }

    @Test
    public void filters_by_an_inclusive_balance_allowed_range_and_skips_customers_without_an_allowance() {
        Customer low = member(CustomerBuilder.aCustomer().withBalanceAllowance(uah("100.00"), ISSUER_A));
        Customer mid = member(CustomerBuilder.aCustomer().withBalanceAllowance(uah("250.50"), ISSUER_A));
        Customer high = member(CustomerBuilder.aCustomer().withBalanceAllowance(uah("1000.00"), ISSUER_A));
        member(CustomerBuilder.aCustomer());

        assertThat(ids(filter().minBalanceAllowed("100").maxBalanceAllowed("250.50"))).containsExactlyInAnyOrder(low.id(), mid.id());
        assertThat(ids(filter().minBalanceAllowed("250.51"))).containsExactly(high.id());
        assertThat(ids(filter().maxBalanceAllowed("99.99"))).isEmpty();
        assertThat(ids(filter().minBalanceAllowed("0"))).containsExactlyInAnyOrder(low.id(), mid.id(), high.id());
    }

    @Test
    public void filters_by_balance_asset_code_and_issuer() {
        Customer uahA = member(CustomerBuilder.aCustomer().withBalanceAllowance(uah("10.00"), ISSUER_A));
        Customer uahB = member(CustomerBuilder.aCustomer().withBalanceAllowance(uah("10.00"), ISSUER_B));
        Customer eur = member(CustomerBuilder.aCustomer().withBalanceAllowance(Money.of("10.00", "EUR", 2), null));
        member(CustomerBuilder.aCustomer());

        assertThat(ids(filter().balanceAssetCodes("UAH"))).containsExactlyInAnyOrder(uahA.id(), uahB.id());
        assertThat(ids(filter().balanceAssetIssuers(ISSUER_B))).containsExactly(uahB.id());
        assertThat(ids(filter().balanceAssetCodes("EUR", "USD"))).containsExactly(eur.id());
        assertThat(ids(filter().balanceAssetCodes("UAH").balanceAssetIssuers(ISSUER_A))).containsExactly(uahA.id());
    }

    @Test
    public void filters_by_branch_and_by_segment() {
        Customer a = member(CustomerBuilder.aCustomer().withBranch("9860").withSegment("PL"));
        Customer b = member(CustomerBuilder.aCustomer().withBranch("1200").withSegment("PI"));
        member(CustomerBuilder.aCustomer());

        assertThat(ids(filter().branches("9860"))).containsExactly(a.id());
        assertThat(ids(filter().branches("9860", "1200"))).containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(ids(filter().segments("PI"))).containsExactly(b.id());
        assertThat(ids(filter().segments("pi"))).isEmpty();
    }

    @Test
    public void filters_by_first_names_paternal_names_and_surnames_ignoring_case() {
        Customer ivan = member(CustomerBuilder.aCustomer().withName("Ivan", "Petrovych", "Shevchenko"));
        Customer olena = member(CustomerBuilder.aCustomer().withName("Olena", "Ivanivna", "Kovalenko"));
        member(CustomerBuilder.aCustomer().withName(PersonName.NONE));

        assertThat(ids(filter().names("IVAN"))).containsExactly(ivan.id());
        assertThat(ids(filter().paternalNames("ivanivna"))).containsExactly(olena.id());
        assertThat(ids(filter().surnames("shevchenko", "KOVALENKO"))).containsExactlyInAnyOrder(ivan.id(), olena.id());
        assertThat(ids(filter().names("Iva"))).isEmpty();
    }

    @Test
    public void filters_by_phone_numbers() {
        Customer a = member(CustomerBuilder.aCustomer());
        member(CustomerBuilder.aCustomer());
        member(CustomerBuilder.aCustomer().withoutPhone());

        assertThat(ids(filter().phones(a.phone().orElseThrow().value()))).containsExactly(a.id());
    }

    @Test
    public void filters_by_statuses() {
        Customer prospect = member(CustomerBuilder.aCustomer().withStatus(CustomerStatus.PROSPECT));
        Customer blocked = member(CustomerBuilder.aCustomer().withStatus(CustomerStatus.BLOCKED));
        Customer closed = member(CustomerBuilder.aCustomer().withStatus(CustomerStatus.CLOSED));
        member(CustomerBuilder.aCustomer().withStatus(CustomerStatus.ACTIVE));

        assertThat(ids(filter().statuses(CustomerStatus.PROSPECT, CustomerStatus.BLOCKED)))
                .containsExactlyInAnyOrder(prospect.id(), blocked.id());
        assertThat(ids(filter().statuses(CustomerStatus.CLOSED))).containsExactly(closed.id());
    }

    @Test
    public void search_string_matches_part_of_a_first_middle_or_last_name_or_login_ignoring_case() {
        Customer first = member(CustomerBuilder.aCustomer().withName("Marianna", null, "Lewandowska"));
        Customer middle = member(CustomerBuilder.aCustomer().withName("Jan", "Ariel", "Nowak"));
        Customer last = member(CustomerBuilder.aCustomer().withName("Piotr", null, "Mariański"));
        Customer login = member(CustomerBuilder.aWalletCustomer(scope).withLogin("xMARIx-" + UUID.randomUUID()));
        member(CustomerBuilder.aCustomer().withName("Olga", null, "Zielińska"));

        assertThat(ids(filter().searchString("mari"))).containsExactlyInAnyOrder(first.id(), last.id(), login.id());
        assertThat(ids(filter().searchString("RIEL"))).containsExactly(middle.id());
    }

    @Test
    public void search_string_ignores_fields_other_than_names_and_login() {
        member(CustomerBuilder.aCustomer().withName("Ana", null, "Pop").withSegment("premiumplus").withBranch("premiumbranch")
                .withEmail("premium@mail.example"));

        assertThat(ids(filter().searchString("premium"))).isEmpty();
    }

    @Test
    public void accepts_the_widest_bounds_a_filter_allows() {
        Customer rich = member(CustomerBuilder.aCustomer().withBalanceAllowance(uah("9".repeat(30) + ".99"), ISSUER_A));
        String largest = "9".repeat(30) + ".99999999";
        Instant first = Instant.parse("0001-01-01T00:00:00Z");
        Instant last = Instant.parse("9999-12-31T23:59:59Z");

        assertThat(ids(filter().minBalanceAllowed("-" + largest).maxBalanceAllowed(largest)
                .createdBetween(first, last).updatedBetween(first, last))).containsExactly(rich.id());
        assertThat(ids(filter().minBalanceAllowed(largest))).isEmpty();
    }

    @Test
    public void filters_by_an_inclusive_creation_time_range() {
        Instant t0 = now();
        Customer early = member(CustomerBuilder.aCustomer());
        tick(Duration.ofHours(1));
        Instant t1 = now();
        Customer middle = member(CustomerBuilder.aCustomer());
        tick(Duration.ofHours(1));
        Customer late = member(CustomerBuilder.aCustomer());

        assertThat(ids(filter().createdBetween(t0, t1))).containsExactlyInAnyOrder(early.id(), middle.id());
        assertThat(ids(filter().createdBetween(t1, null))).containsExactlyInAnyOrder(middle.id(), late.id());
        assertThat(ids(filter().createdBetween(null, t0))).containsExactly(early.id());
        assertThat(ids(filter().createdBetween(t0.plusSeconds(1), t1.minusSeconds(1)))).isEmpty();
    }

    @Test
    public void filters_by_an_inclusive_update_time_range() {
        Instant created = now();
        Customer untouched = member(CustomerBuilder.aCustomer());
        Customer changed = member(CustomerBuilder.aCustomer());
        tick(Duration.ofDays(1));
        Instant changedAt = now();
        Customer loaded = ports.loadCustomer().findById(changed.id()).orElseThrow();
        loaded.changeDetails(CustomerChanges.none().withName(new PersonName("Renamed", "Person", null)), changedAt);
        ports.saveCustomer().save(loaded);

        assertThat(ids(filter().updatedBetween(changedAt, changedAt))).containsExactly(changed.id());
        assertThat(ids(filter().updatedBetween(created, created))).containsExactly(untouched.id());
        assertThat(ids(filter().createdBetween(created, created).updatedBetween(changedAt, null))).containsExactly(changed.id());
    }

    @Test
    public void combines_criteria_so_that_every_one_must_hold() {
        Customer match = member(CustomerBuilder.aCustomer().withBranch("77").withKyc(KycLevel.EKYC).withSegment("mass"));
        member(CustomerBuilder.aCustomer().withBranch("77").withKyc(KycLevel.STANDARD).withSegment("mass"));
        member(CustomerBuilder.aCustomer().withBranch("78").withKyc(KycLevel.EKYC).withSegment("mass"));

        assertThat(ids(filter().branches("77").kycLevels(KycLevel.EKYC).segments("mass"))).containsExactly(match.id());
    }

    @ParameterizedTest
    @EnumSource(CustomerOrdering.class)
    public void orders_results_by_each_ordering_with_ties_broken_by_customer_id(CustomerOrdering ordering) {
        List<CustomerState> population = new ArrayList<>();
        population.add(member(CustomerBuilder.aCustomer().withName("Zeynep", "Aydın")).state());
        population.add(member(CustomerBuilder.aCustomer().withName("Can", "Aydın")).state());
        tick(Duration.ofMinutes(5));
        population.add(member(CustomerBuilder.aCustomer().withName("Deniz", "Çelik")).state());
        population.add(member(CustomerBuilder.aCustomer().withName("Emre", "Bulut")).state());
        tick(Duration.ofMinutes(5));
        population.add(member(CustomerBuilder.aCustomer().withName(PersonName.NONE)).state());
        population.add(member(CustomerBuilder.aCustomer().withName("Ali", "Bulut")).state());
        tick(Duration.ofMinutes(5));
        Customer touched = ports.loadCustomer().findById(population.get(0).id()).orElseThrow();
        touched.changeDetails(CustomerChanges.none().withName(new PersonName("Zeynep", "Yurt", null)), now());
        population.set(0, ports.saveCustomer().save(touched).state());

        List<CustomerId> expected = population.stream().sorted(ordering.comparator()).map(CustomerState::id).toList();
        List<CustomerId> actual = search(filter().build(), ordering, PageRequest.defaults()).items().stream()
                .map(CustomerState::id).toList();

        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @Test
    public void pages_through_the_matches_in_a_stable_order_and_reports_the_total() {
        List<CustomerState> population = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            population.add(member(CustomerBuilder.aCustomer()).state());
        }
        List<CustomerId> expected = population.stream().sorted(CustomerOrdering.CREATED_AT_ASC.comparator())
                .map(CustomerState::id).toList();

        List<CustomerId> seen = new ArrayList<>();
        for (int offset = 0; offset < 7; offset += 3) {
            Page<CustomerState> page = search(filter().build(), CustomerOrdering.CREATED_AT_ASC, new PageRequest(offset, 3));
            assertThat(page.total()).isEqualTo(7);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(3);
            page.items().forEach(s -> seen.add(s.id()));
        }

        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    public void an_offset_past_the_last_match_gives_an_empty_page_with_the_total() {
        member(CustomerBuilder.aCustomer());
        member(CustomerBuilder.aCustomer());

        Page<CustomerState> page = search(filter().build(), CustomerOrdering.CIF_DESC, new PageRequest(5, 10));

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isEqualTo(2);
    }

    @Test
    public void the_total_counts_only_matches_not_the_page() {
        for (int i = 0; i < 4; i++) {
            member(CustomerBuilder.aCustomer().withSegment("counted"));
        }
        member(CustomerBuilder.aCustomer().withSegment("other"));

        Page<CustomerState> page = search(filter().segments("counted").build(), CustomerOrdering.CIF_ASC, PageRequest.first(1));

        assertThat(page.items()).hasSize(1);
        assertThat(page.total()).isEqualTo(4);
    }

    @Test
    public void agrees_with_the_reference_semantics_for_a_mixed_population() {
        List<CustomerState> population = new ArrayList<>();
        population.add(member(CustomerBuilder.aCustomer().withName("Lina", "Marie", "Berg").withBranch("10")
                .withSegment("mass").withKyc(KycLevel.EKYC).withBalanceAllowance(uah("50.00"), ISSUER_A)).state());
        population.add(member(CustomerBuilder.aWalletCustomer(scope).withLogin("lina.wallet." + UUID.randomUUID())).state());
        tick(Duration.ofMinutes(1));
        population.add(member(CustomerBuilder.aCustomer().withName("Omar", null, "Lindqvist").withBranch("11")
                .withStatus(CustomerStatus.BLOCKED).disabled(true).withBalanceAllowance(uah("500.00"), ISSUER_B)).state());
        population.add(member(CustomerBuilder.aCustomer().withName("Sara", "Lind", "Holm").withSegment("premium")
                .withStatus(CustomerStatus.PROSPECT).withKyc(KycLevel.NONE)).state());
        tick(Duration.ofMinutes(1));
        population.add(member(CustomerBuilder.aCustomer().withName("Per", null, "Nilsson").withStatus(CustomerStatus.CANDIDATE)
                .withKyc(KycLevel.ENHANCED).withBalanceAllowance(Money.of("75.00", "EUR", 2), null)).state());
        Instant middle = population.get(2).createdAt();

        List<CustomerFilter> filters = List.of(
                filter().searchString("lin").build(),
                filter().searchString("lin").statuses(CustomerStatus.ACTIVE, CustomerStatus.PROSPECT).build(),
                filter().minBalanceAllowed("60").build(),
                filter().balanceAssetCodes("UAH").maxBalanceAllowed("100").build(),
                filter().kycLevels(KycLevel.NONE, KycLevel.ENHANCED).disabled(false).build(),
                filter().createdBetween(middle, null).segments("premium", "mass").build(),
                filter().updatedBetween(null, middle).branches("10", "11").build(),
                filter().surnames("holm", "berg").names("sara").build());

        for (CustomerFilter f : filters) {
            List<CustomerId> expected = population.stream().filter(f::test).sorted(CustomerOrdering.SURNAME_DESC.comparator())
                    .map(CustomerState::id).toList();
            Page<CustomerState> page = search(f, CustomerOrdering.SURNAME_DESC, PageRequest.defaults());
            assertThat(page.items()).extracting(CustomerState::id).as("filter %s", f).containsExactlyElementsOf(expected);
            assertThat(page.total()).as("total of %s", f).isEqualTo(expected.size());
        }
    }
}
