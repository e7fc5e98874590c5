package dev.opencif.testkit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps docs/use-cases.md true: every seed operation is mapped, every named use case exists, every use case is documented. */
class UseCaseCatalogueTest {
    private static final Pattern USE_CASE_REF = Pattern.compile("`(\\w+)\\.(\\w+UseCase)`");
    private static String catalogue;
    private static Set<String> useCases;

    @BeforeAll
    static void load() throws IOException {
        catalogue = Files.readString(Path.of("..", "docs", "use-cases.md"), StandardCharsets.UTF_8);
        useCases = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.opencif.application.port.in").stream()
                .filter(JavaClass::isInterface)
                .filter(c -> c.getSimpleName().endsWith("UseCase"))
                .map(c -> c.getPackageName().substring("dev.opencif.application.port.in.".length()) + "." + c.getSimpleName())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void every_use_case_named_in_the_catalogue_exists() {
        Matcher matcher = USE_CASE_REF.matcher(catalogue);
        Set<String> named = new TreeSet<>();
        while (matcher.find()) {
            named.add(matcher.group(1) + "." + matcher.group(2));
        }
        assertThat(useCases).containsAll(named);
    }

    @Test
    void every_use_case_is_in_the_catalogue() {
        assertThat(useCases).isNotEmpty().allSatisfy(useCase -> assertThat(catalogue).contains("`" + useCase + "`"));
    }

    @Test
    void every_seed_operation_has_a_row() {
        Set<String> operations = Set.of("get-account-list", "create-current-account", "create-nice-hold-acct",
                "close-izi-mobile-acct", "inquiry-nice-acct", "inquiry-nice-acct-online", "get-customer-info",
                "updateEkycLimit", "update-blacklist-customer", "update-protect-agreement", "valid-ekyc-customer",
                "valid-izi-mobile-user", "valid-legal-id", "valid-phone-number", "update-user-ib-status",
                "get-user-info-ebank", "get-customer-by-id", "create-ekyc-account", "CreateDigitalCustomer",
                "UpdateDigitalCustomerInformations", "CompleteDigitalCustomer",
                "POST /api/v1/counterparty/{counterparty_guid}/customers", "POST …/customers/{customer_guid}/accounts",
                "GET …/customers/{customer_guid}/accounts", "PUT …/customers/{customer_guid}", "GET …/customers",
                "GET /customers", "GET /customers/{customerId}", "GET /customers/{customerId}/kyc", "GET /persons",
                "GET /persons/{personId}", "GET /persons/{personId}/contactdetails",
                "POST /persons/{personId}/contactdetails", "POST /customers/{customerId}/addresses",
                "GET /customer/{customerId}/addresses", "PUT /customer/{customerId}/addresses", "GET /healthcheck",
                "FTOS_ACC_CB_AddUpdateIndividualCustomer", "FTOS_ACC_CB_AddUpdateCustomerAddress",
                "FTOS_ACC_CB_AddUpdateCustomerRepresentative", "FTOS_ACC_CreateUpdateApplication",
                "FTOS_ACC_AddUpdateCustomerAgreement", "FTOS_ACC_AccountClientLifecycle", "FTOS_ACC_AccountFlags",
                "FTOS_ACC_AccountHeader", "FTOS_ACC_AccountPicture", "FTOS_ACC_AccountPendingActivities",
                "FTOS_ACC_ProductPortfolio", "FTOS_ACC_GetProductSuggestions", "FTOS_ACC_ProfileComplete",
                "FTOS_ACC_AccountProfitabilityPI", "FTOS_ACC_AccountRecentInteractions", "FTOS_ACC_AccountRevenuesPI",
                "FTOS_ACC_GetCustomerTransactionValues");
        assertThat(operations).hasSize(54);
        for (String operation : operations) {
            assertThat(catalogue).as("row for %s", operation).containsPattern("(?m)^\\| `" + Pattern.quote(operation) + "` \\| .*UseCase`");
        }
    }
}
