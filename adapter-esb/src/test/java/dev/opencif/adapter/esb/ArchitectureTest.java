package dev.opencif.adapter.esb;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.opencif.testkit.architecture.OpenCifArchitectureRules;

/**
 * The architecture rules that concern an adapter, run from this module so a violation fails this module's
 * build. The whole of {@code dev.opencif} on the classpath is imported (production classes only) so
 * package cycles through the core are seen too; the rules select adapter classes themselves.
 */
@AnalyzeClasses(packages = "dev.opencif", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule adapters_do_not_depend_on_each_other =
            OpenCifArchitectureRules.adapters_do_not_depend_on_each_other;

    @ArchTest
    static final ArchRule adapters_do_not_depend_on_server_or_testkit =
            OpenCifArchitectureRules.adapters_do_not_depend_on_server_or_testkit;

    @ArchTest
    static final ArchRule adapters_do_not_depend_on_services =
            OpenCifArchitectureRules.adapters_do_not_depend_on_services;

    @ArchTest
    static final ArchRule no_package_cycles = OpenCifArchitectureRules.no_package_cycles;
}
