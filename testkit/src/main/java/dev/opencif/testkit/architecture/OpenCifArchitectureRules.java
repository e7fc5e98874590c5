package dev.opencif.testkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The architecture rules of OpenCIF as reusable <a href="https://www.archunit.org">ArchUnit</a> rules.
 *
 * <p>The hexagon is laid out in packages below one base package ({@code dev.opencif} for OpenCIF itself):
 * <pre>
 *   &lt;base&gt;.domain..                  pure java.* only
 *   &lt;base&gt;.application..             domain, jakarta.validation, org.slf4j, java.*
 *   &lt;base&gt;.application.port.in..     inbound ports (use cases)
 *   &lt;base&gt;.application.port.out..    outbound ports (what the core needs from the world)
 *   &lt;base&gt;.application.service..     use-case implementations
 *   &lt;base&gt;.dialect..                 the dialect SPI every HTTP dialect implements: application, domain, Jackson
 *   &lt;base&gt;.adapter.&lt;name&gt;..          one adapter each: application + domain + dialect SPI + its own libraries
 *   &lt;base&gt;.server..                  wires everything
 *   &lt;base&gt;.testkit..                 in-memory adapters and test support
 * </pre>
 *
 * <p>Every rule is a {@code public static final ArchRule} named as a sentence and carries a
 * {@code because(...)} clause. Rules whose subject may legitimately be absent (an adapter module
 * that has no classes yet, a host that has no server package) are built with
 * {@code allowEmptyShould(true)}: they pass when there is nothing to check and fail on any violation.
 *
 * <h2>Running the rules on your own code</h2>
 * A host team that embeds OpenCIF (or builds on its layout) adds {@code opencif-testkit} as a test
 * dependency and writes, for a single rule:
 * <pre>{@code
 * @AnalyzeClasses(packages = "dev.opencif", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *     @ArchTest
 *     static final ArchRule adapters = OpenCifArchitectureRules.adapters_do_not_depend_on_each_other;
 * }
 * }</pre>
 * or, for the whole set:
 * <pre>{@code
 * @AnalyzeClasses(packages = "dev.opencif", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *     @ArchTest
 *     static final ArchTests rules = ArchTests.in(OpenCifArchitectureRules.class);
 * }
 * }</pre>
 * Code that follows the same layout below another base package uses
 * {@link #forBasePackage(String)} and evaluates the rules itself:
 * <pre>{@code
 * JavaClasses classes = new ClassFileImporter().importPackages("com.example.bank");
 * OpenCifArchitectureRules.forBasePackage("com.example.bank").all()
 *         .forEach(rule -> rule.check(classes));
 * }</pre>
 */
public final class OpenCifArchitectureRules {

    private static final RuleSet OPENCIF = new RuleSet("dev.opencif");

    /** The domain is plain Java: it depends on itself and {@code java.*} only. */
    @ArchTest
    public static final ArchRule domain_depends_only_on_java = OPENCIF.domain_depends_only_on_java;

    /** The application core depends on the domain, Jakarta Validation, SLF4J and {@code java.*} only. */
    @ArchTest
    public static final ArchRule application_depends_only_on_domain_validation_and_logging =
            OPENCIF.application_depends_only_on_domain_validation_and_logging;

    /** The application core never reaches out to an adapter or to the server. */
    @ArchTest
    public static final ArchRule application_does_not_depend_on_adapters_or_server =
            OPENCIF.application_does_not_depend_on_adapters_or_server;

    /** No adapter uses another adapter. */
    @ArchTest
    public static final ArchRule adapters_do_not_depend_on_each_other = OPENCIF.adapters_do_not_depend_on_each_other;

    /** Adapters depend neither on the server (which wires them) nor on the testkit. */
    @ArchTest
    public static final ArchRule adapters_do_not_depend_on_server_or_testkit =
            OPENCIF.adapters_do_not_depend_on_server_or_testkit;

    /** Adapters talk to the core through ports, never to a service implementation. */
    @ArchTest
    public static final ArchRule adapters_do_not_depend_on_services = OPENCIF.adapters_do_not_depend_on_services;

    /** The dialect SPI depends on the core, Jackson, SLF4J and {@code java.*} only: any HTTP server can mount it. */
    @ArchTest
    public static final ArchRule dialect_api_depends_only_on_the_core_and_jackson = OPENCIF.dialect_api_depends_only_on_the_core_and_jackson;

    /** Adapters call the use cases they need; only their {@code *UseCases} records may take them from the {@code OpenCif} facade. */
    @ArchTest
    public static final ArchRule adapters_reach_the_core_through_use_cases_not_the_facade =
            OPENCIF.adapters_reach_the_core_through_use_cases_not_the_facade;

    /** Inbound ports know nothing of outbound ports. */
    @ArchTest
    public static final ArchRule in_ports_do_not_depend_on_out_ports = OPENCIF.in_ports_do_not_depend_on_out_ports;

    /** Outbound ports know nothing of inbound ports. */
    @ArchTest
    public static final ArchRule out_ports_do_not_depend_on_in_ports = OPENCIF.out_ports_do_not_depend_on_in_ports;

    /**
     * In the port packages, top-level {@code *UseCase} and {@code *Port} types are interfaces, and every
     * other top-level type (commands, queries, results) is a record, an enum or an interface.
     */
    @ArchTest
    public static final ArchRule ports_are_interfaces_or_records = OPENCIF.ports_are_interfaces_or_records;

    /** Every {@code *UseCase} in the inbound port packages declares exactly one (non-static) method. */
    @ArchTest
    public static final ArchRule use_cases_have_exactly_one_method = OPENCIF.use_cases_have_exactly_one_method;

    /** No two packages below the base package depend on each other, at any depth. */
    @ArchTest
    public static final ArchRule no_package_cycles = OPENCIF.no_package_cycles;

    /** The application core uses no dependency-injection or container framework. */
    @ArchTest
    public static final ArchRule services_use_no_framework_annotations = OPENCIF.services_use_no_framework_annotations;

    private OpenCifArchitectureRules() {
    }

    /** Every rule above, in declaration order, for {@code dev.opencif}. */
    public static List<ArchRule> all() {
        return OPENCIF.all();
    }

    /** The same rules as a bundle, for {@code @ArchTest static final ArchTests rules = OpenCifArchitectureRules.bundle();}. */
    public static ArchTests bundle() {
        return ArchTests.in(OpenCifArchitectureRules.class);
    }

    /**
     * The same rules for code that follows OpenCIF's layout below another base package, e.g.
     * {@code forBasePackage("com.example.bank")} checks {@code com.example.bank.domain..},
     * {@code com.example.bank.adapter.*..} and so on.
     *
     * @throws IllegalArgumentException if {@code basePackage} is not a Java package name
     */
    public static RuleSet forBasePackage(String basePackage) {
        return new RuleSet(basePackage);
    }

    /** The rules for one base package. Field names and meaning match the constants of the enclosing class. */
    public static final class RuleSet {

        private static final Pattern PACKAGE_NAME =
                Pattern.compile("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*");

        /** Packages of dependency-injection and container frameworks the core must not use. */
        private static final String[] FRAMEWORK_PACKAGES = {
            "jakarta.inject..", "javax.inject..",
            "jakarta.enterprise..", "javax.enterprise..",
            "jakarta.ejb..", "javax.ejb..",
            "org.springframework..",
            "com.google.inject..",
            "dagger..",
            "io.micronaut..",
            "io.quarkus..",
        };

        public final ArchRule domain_depends_only_on_java;
        public final ArchRule application_depends_only_on_domain_validation_and_logging;
        public final ArchRule application_does_not_depend_on_adapters_or_server;
        public final ArchRule adapters_do_not_depend_on_each_other;
        public final ArchRule adapters_do_not_depend_on_server_or_testkit;
        public final ArchRule adapters_do_not_depend_on_services;
        public final ArchRule dialect_api_depends_only_on_the_core_and_jackson;
        public final ArchRule adapters_reach_the_core_through_use_cases_not_the_facade;
        public final ArchRule in_ports_do_not_depend_on_out_ports;
        public final ArchRule out_ports_do_not_depend_on_in_ports;
        public final ArchRule ports_are_interfaces_or_records;
        public final ArchRule use_cases_have_exactly_one_method;
        public final ArchRule no_package_cycles;
        public final ArchRule services_use_no_framework_annotations;

        private final String basePackage;

        RuleSet(String basePackage) {
            Objects.requireNonNull(basePackage, "basePackage");
            if (!PACKAGE_NAME.matcher(basePackage).matches()) {
                throw new IllegalArgumentException("not a Java package name: '" + basePackage + "'");
            }
            this.basePackage = basePackage;

            String domain = basePackage + ".domain..";
            String application = basePackage + ".application..";
            String inPorts = basePackage + ".application.port.in..";
            String outPorts = basePackage + ".application.port.out..";
            String services = basePackage + ".application.service..";
            String adapters = basePackage + ".adapter..";
            String server = basePackage + ".server..";
            String testkit = basePackage + ".testkit..";
            String dialect = basePackage + ".dialect..";

            domain_depends_only_on_java = classes()
                    .that().resideInAPackage(domain)
                    .should().onlyDependOnClassesThat().resideInAnyPackage(domain, "java..")
                    .because("the domain model is plain Java so it can be reused, reasoned about and tested"
                            + " without any framework, library or outer layer")
                    .allowEmptyShould(true);

            application_depends_only_on_domain_validation_and_logging = classes()
                    .that().resideInAPackage(application)
                    .should().onlyDependOnClassesThat().resideInAnyPackage(
                            application, domain, "jakarta.validation..", "org.slf4j..", "java..")
                    .because("the application core may only use the domain, Jakarta Validation and SLF4J;"
                            + " everything else (persistence, transport, frameworks) lives behind a port")
                    .allowEmptyShould(true);

            application_does_not_depend_on_adapters_or_server = noClasses()
                    .that().resideInAPackage(application)
                    .should().dependOnClassesThat().resideInAnyPackage(adapters, server)
                    .because("dependencies point inwards: adapters and the server depend on the core, never the reverse")
                    .allowEmptyShould(true);

            adapters_do_not_depend_on_each_other = slices()
                    .matching(basePackage + ".adapter.(*)..")
                    .namingSlices("adapter '$1'")
                    .should().notDependOnEachOther()
                    .because("each adapter translates one outside world to the ports and can be dropped or replaced"
                            + " alone; shared behaviour belongs in the application core")
                    .allowEmptyShould(true);

            adapters_do_not_depend_on_server_or_testkit = noClasses()
                    .that().resideInAPackage(adapters)
                    .should().dependOnClassesThat().resideInAnyPackage(server, testkit)
                    .because("the server wires adapters together and the testkit is test support;"
                            + " an adapter depending on either could not be embedded on its own")
                    .allowEmptyShould(true);

            adapters_do_not_depend_on_services = noClasses()
                    .that().resideInAPackage(adapters)
                    .should().dependOnClassesThat().resideInAPackage(services)
                    .because("adapters drive the core through its inbound ports and implement its outbound ports;"
                            + " service classes are an implementation detail wired by the server")
                    .allowEmptyShould(true);

            dialect_api_depends_only_on_the_core_and_jackson = classes()
                    .that().resideInAPackage(dialect)
                    .should().onlyDependOnClassesThat().resideInAnyPackage(
                            dialect, application, domain, "com.fasterxml.jackson..", "org.slf4j..", "java..")
                    .because("the dialect SPI is what every dialect implements and any HTTP server (Jetty, Spring MVC, a"
                            + " test) mounts; a framework or an adapter in it would force itself on all of them")
                    .allowEmptyShould(true);

            adapters_reach_the_core_through_use_cases_not_the_facade = noClasses()
                    .that().resideInAPackage(adapters)
                    .and().haveSimpleNameNotEndingWith("UseCases")
                    .should().dependOnClassesThat().haveFullyQualifiedName(basePackage + ".application.OpenCif")
                    .because("a handler that takes the whole facade can call anything (a service locator); taking the"
                            + " use cases it calls, gathered in a *UseCases record, says what it does and lets a host"
                            + " wire or replace each one")
                    .allowEmptyShould(true);

            in_ports_do_not_depend_on_out_ports = noClasses()
                    .that().resideInAPackage(inPorts)
                    .should().dependOnClassesThat().resideInAPackage(outPorts)
                    .because("inbound ports describe what callers may ask; how the core reaches the outside world"
                            + " (outbound ports) must not leak into that contract")
                    .allowEmptyShould(true);

            out_ports_do_not_depend_on_in_ports = noClasses()
                    .that().resideInAPackage(outPorts)
                    .should().dependOnClassesThat().resideInAPackage(inPorts)
                    .because("outbound ports are implemented by driven adapters, which must not need the"
                            + " inbound (driving) contract to compile")
                    .allowEmptyShould(true);

            ports_are_interfaces_or_records = classes()
                    .that().resideInAnyPackage(inPorts, outPorts)
                    .and().areTopLevelClasses()
                    .should(haveThePortShape())
                    .because("a port is a contract: use cases and ports are interfaces an adapter can implement or"
                            + " call, and the data crossing them is immutable records and enums")
                    .allowEmptyShould(true);

            use_cases_have_exactly_one_method = classes()
                    .that().resideInAPackage(inPorts)
                    .and().haveSimpleNameEndingWith("UseCase")
                    .should(declareExactlyOneMethod())
                    .because("one use case is one operation: it can be authorised, audited, validated and"
                            + " replaced on its own, and adapters depend only on what they call")
                    .allowEmptyShould(true);

            no_package_cycles = slices()
                    .matching(basePackage + ".(**)")
                    .namingSlices("package '" + basePackage + ".$1'")
                    .should().beFreeOfCycles()
                    .because("a cycle between packages, at any depth, means neither side can be understood,"
                            + " tested or moved without the other")
                    .allowEmptyShould(true);

            services_use_no_framework_annotations = noClasses()
                    .that().resideInAPackage(application)
                    .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORK_PACKAGES)
                    .because("the core is wired with plain constructors so any host (Spring, CDI, Guice or plain"
                            + " Java) can embed it without dragging a container along")
                    .allowEmptyShould(true);
        }

        /** The package these rules are written against, e.g. {@code dev.opencif}. */
        public String basePackage() {
            return basePackage;
        }

        /** Every rule of this set, in declaration order. */
        public List<ArchRule> all() {
            return List.of(
                    domain_depends_only_on_java,
                    application_depends_only_on_domain_validation_and_logging,
                    application_does_not_depend_on_adapters_or_server,
                    adapters_do_not_depend_on_each_other,
                    adapters_do_not_depend_on_server_or_testkit,
                    adapters_do_not_depend_on_services,
                    dialect_api_depends_only_on_the_core_and_jackson,
                    adapters_reach_the_core_through_use_cases_not_the_facade,
                    in_ports_do_not_depend_on_out_ports,
                    out_ports_do_not_depend_on_in_ports,
                    ports_are_interfaces_or_records,
                    use_cases_have_exactly_one_method,
                    no_package_cycles,
                    services_use_no_framework_annotations);
        }

        @Override
        public String toString() {
            return "OpenCifArchitectureRules[" + basePackage + "]";
        }
    }

    private static boolean isPortContract(JavaClass type) {
        String name = type.getSimpleName();
        return name.endsWith("UseCase") || name.endsWith("Port");
    }

    private static ArchCondition<JavaClass> haveThePortShape() {
        return new ArchCondition<>("be interfaces if named *UseCase or *Port, otherwise records, enums or interfaces") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                boolean contract = isPortContract(type);
                boolean ok = contract
                        ? type.isInterface() && !type.isAnnotation()
                        : type.isRecord() || type.isEnum() || type.isInterface();
                String expected = contract ? "an interface" : "a record, an enum or an interface";
                String message = type.getName() + (ok ? " is " : " is not ") + expected
                        + " in " + type.getSourceCodeLocation();
                events.add(new SimpleConditionEvent(type, ok, message));
            }
        };
    }

    private static ArchCondition<JavaClass> declareExactlyOneMethod() {
        return new ArchCondition<>("declare exactly one method") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                Set<String> operations = operationsOf(type);
                boolean ok = operations.size() == 1;
                String message = type.getName() + " declares " + operations.size() + " method"
                        + (operations.size() == 1 ? "" : "s")
                        + (operations.isEmpty() ? "" : " " + operations)
                        + " in " + type.getSourceCodeLocation();
                events.add(new SimpleConditionEvent(type, ok, message));
            }
        };
    }

    /**
     * The operations a caller can invoke: instance methods declared by the type or inherited from its
     * super-interfaces and superclasses below {@link Object}, without static, private, synthetic or
     * bridge methods, identified by name and parameter types.
     */
    private static Set<String> operationsOf(JavaClass type) {
        return type.getAllMethods().stream()
                .filter(method -> !method.getOwner().isEquivalentTo(Object.class))
                .filter(method -> !method.getOwner().isEquivalentTo(Record.class))
                .filter(method -> !method.getOwner().isEquivalentTo(Enum.class))
                .filter(method -> !isHelper(method))
                .map(method -> method.getName() + method.getRawParameterTypes().stream()
                        .map(JavaClass::getSimpleName)
                        .collect(Collectors.joining(", ", "(", ")")))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static boolean isHelper(JavaMethod method) {
        Set<JavaModifier> modifiers = method.getModifiers();
        return modifiers.contains(JavaModifier.STATIC)
                || modifiers.contains(JavaModifier.PRIVATE)
                || modifiers.contains(JavaModifier.SYNTHETIC)
                || modifiers.contains(JavaModifier.BRIDGE);
    }
}
