package dev.opencif.testkit.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Proves the rules bite: each fixture package under {@code dev.opencif.archfixture} mimics OpenCIF's layout
 * with one deliberate violation, and exactly the rules meant to catch it report it (naming the offender).
 */
class OpenCifArchitectureRulesTest {

    private static final String FIXTURES = "dev.opencif.archfixture";

    // ---- no false alarms ----

    @Test
    void a_clean_hexagon_passes_every_rule() {
        assertThat(violations("clean")).isEmpty();
    }

    @Test
    void every_rule_passes_when_there_are_no_classes_to_check() {
        JavaClasses nothing = new ClassFileImporter().importClasses(List.of());
        for (ArchRule rule : OpenCifArchitectureRules.all()) {
            EvaluationResult result = rule.evaluate(nothing);
            assertThat(result.hasViolation()).as(rule.getDescription()).isFalse();
            rule.check(nothing);
        }
    }

    @Test
    void every_rule_passes_on_a_module_that_has_only_a_domain() {
        JavaClasses domainOnly = new ClassFileImporter().importPackages(FIXTURES + ".cycle.domain.account");
        assertThat(domainOnly).isNotEmpty();
        for (ArchRule rule : OpenCifArchitectureRules.forBasePackage(FIXTURES + ".cycle").all()) {
            assertThat(rule.evaluate(domainOnly).hasViolation()).as(rule.getDescription()).isFalse();
        }
    }

    // ---- domain ----

    @Test
    void domain_importing_an_adapter_is_reported() {
        assertOnlyBroken("domainimportsadapter", "domain.Customer", "domain_depends_only_on_java");
    }

    @Test
    void domain_using_a_library_is_reported() {
        assertOnlyBroken("domainuseslibrary", "org.slf4j.Logger", "domain_depends_only_on_java");
    }

    // ---- application ----

    @Test
    void application_importing_an_adapter_is_reported() {
        assertOnlyBroken("applicationimportsadapter", "adapter.jdbc.JdbcCustomerStore",
                "application_depends_only_on_domain_validation_and_logging",
                "application_does_not_depend_on_adapters_or_server");
    }

    @Test
    void application_importing_the_server_is_reported() {
        assertOnlyBroken("applicationimportsserver", "server.ServerConfig",
                "application_depends_only_on_domain_validation_and_logging",
                "application_does_not_depend_on_adapters_or_server");
    }

    @Test
    void application_using_a_library_other_than_validation_and_logging_is_reported() {
        assertOnlyBroken("applicationuseslibrary", "org.assertj.core.util.Strings",
                "application_depends_only_on_domain_validation_and_logging");
    }

    @Test
    void inject_annotation_on_a_service_constructor_is_reported() {
        assertOnlyBroken("frameworkonconstructor", "jakarta.inject.Inject",
                "application_depends_only_on_domain_validation_and_logging",
                "services_use_no_framework_annotations");
    }

    @Test
    void container_annotation_on_a_service_class_is_reported() {
        assertOnlyBroken("frameworkonclass", "jakarta.inject.Singleton",
                "application_depends_only_on_domain_validation_and_logging",
                "services_use_no_framework_annotations");
    }

    // ---- adapters ----

    @Test
    void adapter_importing_another_adapter_is_reported() {
        assertOnlyBroken("adapterimportsadapter", "adapter.rest.CustomerResource",
                "adapters_do_not_depend_on_each_other");
    }

    @Test
    void adapter_importing_the_server_is_reported() {
        assertOnlyBroken("adapterimportsserver", "server.ServerConfig",
                "adapters_do_not_depend_on_server_or_testkit");
    }

    @Test
    void adapter_importing_the_testkit_is_reported() {
        assertOnlyBroken("adapterimportstestkit", "testkit.InMemoryClock",
                "adapters_do_not_depend_on_server_or_testkit");
    }

    @Test
    void adapter_calling_a_service_class_instead_of_a_port_is_reported() {
        assertOnlyBroken("adapterimportsservice", "application.service.OpenCustomerService",
                "adapters_do_not_depend_on_services");
    }

    @Test
    void adapter_taking_the_whole_facade_is_reported_but_its_use_cases_record_is_not() {
        assertOnlyBroken("adaptertakesfacade", "adapter.rest.CustomerHandler",
                "adapters_reach_the_core_through_use_cases_not_the_facade");
        assertThat(violations("adaptertakesfacade").get("adapters_reach_the_core_through_use_cases_not_the_facade"))
                .doesNotContain("CustomerUseCases");
    }

    // ---- dialect SPI ----

    @Test
    void dialect_api_using_a_library_is_reported() {
        assertOnlyBroken("dialectuseslibrary", "org.assertj.core.util.Strings",
                "dialect_api_depends_only_on_the_core_and_jackson");
    }

    // ---- ports ----

    @Test
    void in_port_exposing_an_out_port_is_reported() {
        assertOnlyBroken("inportimportsoutport", "port.out.SaveCustomerPort",
                "in_ports_do_not_depend_on_out_ports");
    }

    @Test
    void out_port_taking_an_in_port_command_is_reported() {
        assertOnlyBroken("outportimportsinport", "port.in.OpenCustomerCommand",
                "out_ports_do_not_depend_on_in_ports");
    }

    @Test
    void use_case_declared_as_an_abstract_class_is_reported() {
        assertOnlyBroken("usecaseasclass", "port.in.OpenCustomerUseCase", "ports_are_interfaces_or_records");
    }

    @Test
    void port_declared_as_a_class_is_reported() {
        assertOnlyBroken("portasclass", "port.out.SaveCustomerPort", "ports_are_interfaces_or_records");
    }

    @Test
    void command_declared_as_a_mutable_class_instead_of_a_record_is_reported() {
        assertOnlyBroken("payloadasclass", "port.in.OpenCustomerCommand", "ports_are_interfaces_or_records");
    }

    @Test
    void use_case_with_two_methods_is_reported() {
        assertOnlyBroken("usecasetwomethods", "CustomerUseCase declares 2 methods",
                "use_cases_have_exactly_one_method");
    }

    @Test
    void use_case_without_a_method_is_reported() {
        assertOnlyBroken("usecasenomethods", "MarkerUseCase declares 0 methods",
                "use_cases_have_exactly_one_method");
    }

    @Test
    void use_case_with_a_second_operation_in_a_default_method_is_reported() {
        assertOnlyBroken("usecasedefaultmethod", "openAnonymous()", "use_cases_have_exactly_one_method");
    }

    @Test
    void use_case_inheriting_a_second_operation_is_reported() {
        assertOnlyBroken("usecaseinherited", "ManageCustomerUseCase declares 2 methods",
                "use_cases_have_exactly_one_method");
    }

    // ---- cycles ----

    @Test
    void cycle_between_two_domain_sub_packages_is_reported() {
        assertOnlyBroken("cycle", "domain.account", "no_package_cycles");
        assertThat(violations("cycle").get("no_package_cycles")).contains("domain.customer");
    }

    @Test
    void cycle_between_two_service_sub_packages_is_reported() {
        assertOnlyBroken("deepcycle", "application.service.customer", "no_package_cycles");
        assertThat(violations("deepcycle").get("no_package_cycles")).contains("application.service.account");
    }

    @Test
    void cycle_inside_one_module_is_reported_although_module_level_slices_miss_it() {
        String base = FIXTURES + ".cycle";
        JavaClasses classes = new ClassFileImporter().importPackages(base);
        assertThat(slices().matching(base + ".(*)..").should().beFreeOfCycles().evaluate(classes).hasViolation())
                .as("module-level slices see one 'domain' slice and no cycle")
                .isFalse();
        assertThat(OpenCifArchitectureRules.forBasePackage(base).no_package_cycles.evaluate(classes).hasViolation())
                .isTrue();
    }

    // ---- the rule set itself ----

    @Test
    void every_rule_gives_a_reason() {
        for (ArchRule rule : OpenCifArchitectureRules.all()) {
            assertThat(rule.getDescription()).contains(", because ");
        }
    }

    @Test
    void the_static_rules_are_the_rules_for_dev_opencif() {
        OpenCifArchitectureRules.RuleSet forOpenCif = OpenCifArchitectureRules.forBasePackage("dev.opencif");
        assertThat(OpenCifArchitectureRules.all())
                .extracting(ArchRule::getDescription)
                .containsExactlyElementsOf(forOpenCif.all().stream().map(ArchRule::getDescription).toList());
        assertThat(staticRuleNames()).containsExactlyInAnyOrderElementsOf(namedRules(forOpenCif).keySet());
    }

    @Test
    void every_static_rule_is_in_the_arch_tests_bundle_and_in_all() throws IllegalAccessException {
        List<Field> fields = staticRuleFields();
        assertThat(fields).hasSize(OpenCifArchitectureRules.all().size());
        for (Field field : fields) {
            assertThat(field.isAnnotationPresent(ArchTest.class)).as(field.getName()).isTrue();
            assertThat(OpenCifArchitectureRules.all()).contains((ArchRule) field.get(null));
        }
        assertThat(OpenCifArchitectureRules.bundle()).isNotNull();
    }

    @Test
    void rules_are_written_against_the_given_base_package() {
        assertThat(OpenCifArchitectureRules.forBasePackage("com.example.bank").domain_depends_only_on_java
                .getDescription()).contains("com.example.bank.domain..").doesNotContain("dev.opencif");
    }

    @Test
    void a_base_package_that_is_not_a_java_package_name_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> OpenCifArchitectureRules.forBasePackage(""));
        assertThatIllegalArgumentException().isThrownBy(() -> OpenCifArchitectureRules.forBasePackage("dev.opencif."));
        assertThatIllegalArgumentException().isThrownBy(() -> OpenCifArchitectureRules.forBasePackage("dev..opencif"));
        assertThatIllegalArgumentException().isThrownBy(() -> OpenCifArchitectureRules.forBasePackage("dev.open-cif"));
        assertThatNullPointerException().isThrownBy(() -> OpenCifArchitectureRules.forBasePackage(null));
    }

    // ---- helpers ----

    /** Asserts that exactly {@code ruleNames} fail on the scenario, each report naming {@code offender}. */
    private static void assertOnlyBroken(String scenario, String offender, String... ruleNames) {
        Map<String, String> violations = violations(scenario);
        assertThat(violations).as("rules broken by fixture '%s'", scenario).containsOnlyKeys(ruleNames);
        violations.forEach((rule, report) -> assertThat(report).as(rule).contains(offender));
    }

    /** Rule name to failure report, for every rule that fails on the fixture package {@code scenario}. */
    private static Map<String, String> violations(String scenario) {
        String base = FIXTURES + "." + scenario;
        JavaClasses classes = new ClassFileImporter().importPackages(base);
        assertThat(classes).as("fixture classes in %s", base).isNotEmpty();
        Map<String, String> violations = new LinkedHashMap<>();
        namedRules(OpenCifArchitectureRules.forBasePackage(base)).forEach((name, rule) -> {
            EvaluationResult result = rule.evaluate(classes);
            if (result.hasViolation()) {
                violations.put(name, result.getFailureReport().toString());
            }
        });
        return violations;
    }

    private static Map<String, ArchRule> namedRules(OpenCifArchitectureRules.RuleSet rules) {
        Map<String, ArchRule> named = new LinkedHashMap<>();
        for (Field field : OpenCifArchitectureRules.RuleSet.class.getFields()) {
            if (field.getType() == ArchRule.class && !Modifier.isStatic(field.getModifiers())) {
                try {
                    named.put(field.getName(), (ArchRule) field.get(rules));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        assertThat(named.values()).containsExactlyInAnyOrderElementsOf(rules.all());
        return named;
    }

    private static List<Field> staticRuleFields() {
        return Arrays.stream(OpenCifArchitectureRules.class.getFields())
                .filter(field -> field.getType() == ArchRule.class)
                .filter(field -> Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers()))
                .toList();
    }

    private static List<String> staticRuleNames() {
        return staticRuleFields().stream().map(Field::getName).toList();
    }
}
