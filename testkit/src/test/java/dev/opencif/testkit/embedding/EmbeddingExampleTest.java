package dev.opencif.testkit.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opencif.application.OpenCif;
import dev.opencif.application.port.in.account.ListAccountsQuery;
import dev.opencif.application.port.in.customer.FirstAccount;
import dev.opencif.application.port.in.customer.GetCustomerQuery;
import dev.opencif.application.port.in.customer.OnboardCustomerCommand;
import dev.opencif.application.port.in.customer.OnboardingResult;
import dev.opencif.application.shared.CustomerRef;
import dev.opencif.application.shared.Origin;
import dev.opencif.application.shared.Viewer;
import dev.opencif.domain.account.AccountState;
import dev.opencif.domain.account.Asset;
import dev.opencif.domain.account.ProductType;
import dev.opencif.domain.customer.CustomerRegistration;
import dev.opencif.domain.customer.CustomerState;
import dev.opencif.domain.customer.PersonName;
import dev.opencif.domain.error.DuplicateIdentifierException;
import dev.opencif.domain.identifier.NationalId;
import dev.opencif.domain.identifier.PhoneNumber;
import dev.opencif.domain.shared.Channel;
import dev.opencif.domain.shared.CountryCode;
import dev.opencif.testkit.memory.InMemoryAdapters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's embedding example, compiled and run; a second test keeps the README's copy identical. */
class EmbeddingExampleTest {

    @Test
    void readme_example_onboards_and_reads_a_customer() {
        // README:begin
        // 1. Outbound adapters: in memory here; JDBC (H2, PostgreSQL) in production.
        InMemoryAdapters adapters = InMemoryAdapters.create(Clock.systemUTC());

        // 2. The facade hands out every use case.
        OpenCif opencif = OpenCif.builder().ports(adapters.ports()).build();

        // 3. Onboard a customer with a first e-money account, in one unit of work.
        OnboardingResult onboarded = opencif.onboardCustomer().onboard(new OnboardCustomerCommand(
                Origin.of(Channel.EMBEDDED),
                CustomerRegistration.individual(new PersonName("Ayşe", "Yılmaz", null), List.of(
                        NationalId.turkish("63021011790"),
                        PhoneNumber.parse("5599999933", CountryCode.TR))),
                new FirstAccount(ProductType.EMONEY_WALLET, Asset.currency("TRY", 2), null),
                List.of()));

        // 4. Read it back by its CIF, as any dialect would.
        CustomerRef byCif = CustomerRef.number(onboarded.customer().number());
        CustomerState customer = opencif.getCustomer().get(new GetCustomerQuery(byCif, Viewer.bank()));
        List<AccountState> accounts = opencif.listAccounts().list(new ListAccountsQuery(byCif, Viewer.bank(), null));
        // README:end

        assertThat(customer.name().fullName()).isEqualTo("Ayşe Yılmaz");
        assertThat(customer.identifiers()).contains(new PhoneNumber("+905599999933"));
        assertThat(accounts).singleElement().satisfies(a -> {
            assertThat(a.product()).isEqualTo(ProductType.EMONEY_WALLET);
            assertThat(a.iban()).isNotNull();
        });
        assertThatThrownBy(() -> opencif.onboardCustomer().onboard(new OnboardCustomerCommand(Origin.of(Channel.EMBEDDED),
                CustomerRegistration.individual(PersonName.NONE, List.of(NationalId.turkish("63021011790"))), null, List.of())))
                .isInstanceOf(DuplicateIdentifierException.class);
    }

    @Test
    void readme_shows_the_example_exactly_as_tested() throws IOException {
        String source = Files.readString(Path.of("src/test/java/dev/opencif/testkit/embedding/EmbeddingExampleTest.java"), StandardCharsets.UTF_8);
        String example = source.substring(source.indexOf("// README:begin") + "// README:begin".length(), source.indexOf("        // README:end"));
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        List<String> exampleLines = example.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<String> readmeLines = readme.lines().map(String::strip).toList();
        int start = readmeLines.indexOf(exampleLines.get(0));
        assertThat(start).as("README contains the first line of the example").isNotNegative();
        assertThat(readmeLines.subList(start, readmeLines.size()).stream().filter(l -> !l.isEmpty()).limit(exampleLines.size()).toList())
                .isEqualTo(exampleLines);
    }
}
