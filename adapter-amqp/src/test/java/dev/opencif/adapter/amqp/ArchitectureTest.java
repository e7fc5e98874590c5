package dev.opencif.adapter.amqp;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import dev.opencif.testkit.architecture.OpenCifArchitectureRules;

/** Every architecture rule, run from this module so a violation here fails this module's own build. */
@AnalyzeClasses(packages = "dev.opencif", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests opencif_follows_every_architecture_rule = ArchTests.in(OpenCifArchitectureRules.class);
}
