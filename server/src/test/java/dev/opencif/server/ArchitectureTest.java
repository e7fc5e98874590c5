package dev.opencif.server;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import dev.opencif.testkit.architecture.OpenCifArchitectureRules;

/**
 * The server sees every module, so it runs every architecture rule over the production classes of the
 * whole of OpenCIF as assembled here.
 */
@AnalyzeClasses(packages = "dev.opencif", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests opencif_follows_every_architecture_rule = ArchTests.in(OpenCifArchitectureRules.class);
}
